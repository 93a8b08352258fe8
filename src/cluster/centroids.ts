import type { SparseRows } from './vectorize.js';

/**
 * Unit centroids of groups of rows, each truncated to its `keep` heaviest features so that a
 * stored topic stays small. Group g's members are `members[heads[g]..heads[g+1]]`; a row that
 * stands for several identical questions counts `multiplicity[row]` times.
 */
export function groupCentroids(
  rows: SparseRows,
  heads: Int32Array,
  members: Int32Array,
  keep: number,
  featureBits: number,
  multiplicity?: Float32Array,
): SparseRows {
  const groups = heads.length - 1;
  const dense = new Float32Array(1 << featureBits);
  const touched: number[] = [];
  const offsets = new Int32Array(groups + 1);
  const features: number[] = [];
  const weights: number[] = [];
  for (let g = 0; g < groups; g++) {
    for (let m = heads[g]!; m < heads[g + 1]!; m++) {
      const i = members[m]!;
      const copies = multiplicity ? multiplicity[i]! : 1;
      for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
        const f = rows.features[e]!;
        if (dense[f] === 0) touched.push(f);
        dense[f]! += rows.weights[e]! * copies;
      }
    }
    // Heaviest first: stored centroids can be cut shorter, and indexes take their head.
    touched.sort((a, b) => dense[b]! - dense[a]!);
    const kept = touched.slice(0, keep);
    let norm = 0;
    for (const f of kept) norm += dense[f]! * dense[f]!;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const f of kept) {
      features.push(f);
      weights.push(dense[f]! * scale);
    }
    for (const f of touched) dense[f] = 0;
    touched.length = 0;
    offsets[g + 1] = features.length;
  }
  return { offsets, features: Int32Array.from(features), weights: Float32Array.from(weights) };
}

/** Members grouped by label (labels < 0 are left out): counting sort into heads/members. */
export function groupByLabel(labels: Int32Array, groupCount: number): { heads: Int32Array; members: Int32Array } {
  const heads = new Int32Array(groupCount + 1);
  for (const label of labels) if (label >= 0) heads[label + 1]!++;
  for (let g = 0; g < groupCount; g++) heads[g + 1]! += heads[g]!;
  const fill = heads.slice(0, groupCount);
  const members = new Int32Array(heads[groupCount]!);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label >= 0) members[fill[label]!++] = i;
  }
  return { heads, members };
}
