import { expect } from 'chai';
import { resolveOptions } from '../../src/cluster/options.js';
import type { SparseRows } from '../../src/cluster/vectorize.js';
import { nearestNeighbours, selectHeaviest } from '../../src/cluster/candidates.js';
import { loadQuestions, weightedRows } from './fixture.js';

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
    const { features, candidates } = resolveOptions({ candidates: { indexedFeatures: 10_000, maxPostingsScanned: 1_000_000 } });
    const rows = weightedRows(items, features);
    const graph = nearestNeighbours(rows, candidates, features.bits);
    for (let i = 0; i < count; i++) {
      const exact = Array.from({ length: count }, (_, j) => ({ j, sim: j === i ? -1 : cosine(rows, i, j) }))
        .filter((pair) => pair.sim >= candidates.minSimilarity)
        .sort((a, b) => b.sim - a.sim)
        .slice(0, candidates.neighbours);
      const found = Array.from(graph.similarities.subarray(graph.offsets[i]!, graph.offsets[i + 1]!));
      expect(found.length, `neighbours of ${i}`).to.equal(exact.length);
      found.forEach((sim, at) => expect(sim).to.be.closeTo(exact[at]!.sim, 1e-5));
    }
  });

  it('with capped posting lists still gives exact similarities, best first', () => {
    const { features, candidates } = resolveOptions({ candidates: { maxPostingsScanned: 3 } });
    const rows = weightedRows(items, features);
    const graph = nearestNeighbours(rows, candidates, features.bits);
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

describe('capping a posting list', () => {
  it('moves the heaviest postings to the front of the range, leaving the rest outside it', () => {
    let state = 7;
    const next = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
    for (const [length, cap] of [[500, 300], [1000, 3], [40, 39], [64, 1]] as const) {
      const weights = Float32Array.from({ length: length + 10 }, () => next());
      const items = Int32Array.from({ length: length + 10 }, (_, k) => k);
      const original = Float32Array.from(weights);
      selectHeaviest(items, weights, 5, 5 + length, cap);
      // Outside [5, 5 + length) nothing moved; inside, every posting kept its own weight.
      for (const k of [0, 1, 2, 3, 4, length + 5, length + 9]) expect(items[k]).to.equal(k);
      for (let k = 0; k < weights.length; k++) expect(weights[k]).to.equal(original[items[k]!]);
      const expected = Array.from(original.subarray(5, 5 + length)).sort((a, b) => b - a).slice(0, cap);
      const front = Array.from(weights.subarray(5, 5 + cap)).sort((a, b) => b - a);
      expect(front, `length ${length}, cap ${cap}`).to.deep.equal(expected);
    }
  });
});
