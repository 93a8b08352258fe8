import { expect } from 'chai';
import { resolveOptions } from '../../src/cluster/index.js';
import { vectorize, type SparseRows } from '../../src/cluster/vectorize.js';
import { nearestNeighbours } from '../../src/cluster/candidates.js';
import { loadQuestions } from './fixture.js';

function cosine(rows: SparseRows, i: number, j: number): number {
  const weightOf = new Map<number, number>();
  for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) weightOf.set(rows.features[e]!, (weightOf.get(rows.features[e]!) ?? 0) + rows.weights[e]!);
  let sum = 0;
  for (let e = rows.offsets[j]!; e < rows.offsets[j + 1]!; e++) sum += rows.weights[e]! * (weightOf.get(rows.features[e]!) ?? 0);
  return sum;
}

describe('nearest neighbours from the inverted index', () => {
  const { items } = loadQuestions();
  const count = items.length;

  it('finds the exact k nearest neighbours when nothing is capped', () => {
    // Every feature indexed and every posting scanned: the pre-score is the full dot product.
    const options = resolveOptions({ candidateFeatures: 10_000, maxPostingsScanned: 1_000_000, latentDimensions: 0 });
    const { rows } = vectorize(items, options);
    const graph = nearestNeighbours(rows, options);
    for (let i = 0; i < count; i++) {
      const exact = Array.from({ length: count }, (_, j) => ({ j, sim: j === i ? -1 : cosine(rows, i, j) }))
        .filter((pair) => pair.sim >= options.minSimilarity)
        .sort((a, b) => b.sim - a.sim)
        .slice(0, options.neighbours);
      const found = Array.from(graph.similarities.subarray(graph.offsets[i]!, graph.offsets[i + 1]!));
      expect(found.length, `neighbours of ${i}`).to.equal(exact.length);
      found.forEach((sim, at) => expect(sim).to.be.closeTo(exact[at]!.sim, 1e-5));
    }
  });

  it('with capped posting lists still gives exact similarities, best first', () => {
    const options = resolveOptions({ maxPostingsScanned: 3, latentDimensions: 0 });
    const { rows } = vectorize(items, options);
    const graph = nearestNeighbours(rows, options);
    let edges = 0;
    for (let i = 0; i < count; i++) {
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        edges++;
        expect(graph.targets[e]).to.not.equal(i);
        expect(graph.similarities[e]).to.be.closeTo(cosine(rows, i, graph.targets[e]!), 1e-5);
        if (e > graph.offsets[i]!) expect(graph.similarities[e]).to.be.at.most(graph.similarities[e - 1]!);
      }
    }
    expect(edges).to.be.greaterThan(count);
  });
});
