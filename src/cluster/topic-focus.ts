import type { FocusOptions } from './options.js';
import type { SparseRows } from './vectorize.js';

/**
 * How much each feature says about WHICH topic a question belongs to, learned from a first
 * clustering. A word that the found topics share out evenly (a product name, "kupiłam", "my
 * order") links questions that ask different things; a word that stays within one topic
 * ("raty", "faktura", "refund") is what the customers' intent is made of. Returns a multiplier
 * per feature slot: the smoothed share of the feature's questions that sit in its commonest
 * topic, raised to `options.strength` (high for a feature of one topic, near 0 for one spread over many).
 *
 * `labels[i] < 0` (unclustered) rows are left out: they say nothing about topics. Rows count
 * `copies[i]` times. Features no clustered question has keep multiplier 1.
 */
export function topicFocus(rows: SparseRows, labels: Int32Array, copies: Float32Array, options: FocusOptions, featureBits: number): Float32Array {
  const { strength, prior } = options;
  const size = 1 << featureBits;
  const focus = new Float32Array(size).fill(1);
  const groupCount = labels.reduce((max, label) => Math.max(max, label + 1), 0);
  if (groupCount < 2 || strength <= 0) return focus;
  const n = labels.length;
  // Rows bucketed by topic so each topic's feature counts are built, and folded in, at once.
  const heads = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) if (labels[i]! >= 0) heads[labels[i]! + 1]!++;
  for (let g = 0; g < groupCount; g++) heads[g + 1]! += heads[g]!;
  const fill = heads.slice(0, groupCount);
  const members = new Int32Array(heads[groupCount]!);
  for (let i = 0; i < n; i++) if (labels[i]! >= 0) members[fill[labels[i]!]!++] = i;

  const inTopic = new Float32Array(size);
  const total = new Float32Array(size);
  const largest = new Float32Array(size);
  const touched: number[] = [];
  for (let g = 0; g < groupCount; g++) {
    for (let m = heads[g]!; m < heads[g + 1]!; m++) {
      const i = members[m]!;
      for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
        if (rows.weights[e]! <= 0) continue;
        const f = rows.features[e]!;
        if (inTopic[f] === 0) touched.push(f);
        inTopic[f]! += copies[i]!;
      }
    }
    for (const f of touched) {
      total[f]! += inTopic[f]!;
      if (inTopic[f]! > largest[f]!) largest[f] = inTopic[f]!;
      inTopic[f] = 0;
    }
    touched.length = 0;
  }
  // The prior keeps a feature seen in two or three questions from being judged on so little.
  let mass = 0;
  let focusedMass = 0;
  for (let f = 0; f < size; f++) {
    if (total[f] === 0) continue;
    focus[f] = ((largest[f]! + prior) / (total[f]! + prior)) ** strength;
    mass += total[f]!;
    focusedMass += total[f]! * focus[f]!;
  }
  // Rescaled to an average of 1 over all occurrences: features are re-ranked against each
  // other, while questions keep their overall similarity level (and so the topic sizes).
  const scale = focusedMass > 0 ? mass / focusedMass : 1;
  for (let f = 0; f < size; f++) if (total[f]! > 0) focus[f]! *= scale;
  return focus;
}
