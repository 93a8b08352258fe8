import { expect } from 'chai';
import { mergeCloseTopics } from '../../src/cluster/merge-topics.js';
import { resolveOptions, type MergeOptions } from '../../src/cluster/options.js';
import type { SparseRows } from '../../src/cluster/vectorize.js';

const BITS = 8;
const merge = (similarity: number): MergeOptions => ({ ...resolveOptions().topics.merge, similarity });

/** Unit centroids from plain feature -> weight objects, heaviest feature first as stored. */
function centroids(vectors: Record<number, number>[]): SparseRows {
  const offsets = [0];
  const features: number[] = [];
  const weights: number[] = [];
  for (const vector of vectors) {
    const entries = Object.entries(vector).map(([f, w]) => [Number(f), w] as const).sort((a, b) => b[1] - a[1]);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
    for (const [f, w] of entries) {
      features.push(f);
      weights.push(w / norm);
    }
    offsets.push(features.length);
  }
  return { offsets: Int32Array.from(offsets), features: Int32Array.from(features), weights: Float32Array.from(weights) };
}

describe('mergeCloseTopics', () => {
  it('joins topics whose centroids are close and keeps a distant one apart', () => {
    const groups = mergeCloseTopics(centroids([{ 1: 1, 2: 1 }, { 1: 1, 2: 0.8 }, { 9: 1 }]), Float64Array.of(10, 5, 7), merge(0.5), BITS);
    expect(groups[0]).to.equal(groups[1]);
    expect(groups[2]).to.not.equal(groups[0]);
  });

  it('never merges with threshold 1 unless vectors are identical', () => {
    const groups = mergeCloseTopics(centroids([{ 1: 1, 2: 1 }, { 1: 1, 2: 0.8 }]), Float64Array.of(3, 3), merge(1), BITS);
    expect(groups[0]).to.not.equal(groups[1]);
  });

  it('uses average linkage: a topic close to only one member of a merged pair stays apart', () => {
    // a~b strongly, b~c moderately, a and c unrelated: single linkage would chain all three.
    const vectors = centroids([{ 1: 1, 2: 0.3 }, { 1: 1, 2: 0.6, 3: 0.55 }, { 3: 1, 4: 0.2 }]);
    const bc = 0.55 / Math.sqrt(1 + 0.36 + 0.3025) / Math.sqrt(1.04);
    expect(bc, 'test premise: b and c pass the threshold on their own').to.be.above(0.4);
    const groups = mergeCloseTopics(vectors, Float64Array.of(10, 10, 10), merge(0.4), BITS);
    expect(groups[0]).to.equal(groups[1]);
    expect(groups[2]).to.not.equal(groups[1]);
  });
});
