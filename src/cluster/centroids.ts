import type { SparseRows } from './vectorize.js';
import { FeatureKind } from './feature-hash.js';

/**
 * Unit centroids of groups of rows, each truncated to its `keep` heaviest features so that a
 * stored topic stays small. Group g's members are `members[heads[g]..heads[g+1]]`; a row that
 * stands for several identical questions counts `multiplicity[row]` times.
 *
 * With `kinds`, a group's wording and replies are weighed the way rows are (see blendReplies):
 * the mean wording and the mean reply each made a unit vector, joined as [sqrt(1 - s) q ;
 * sqrt(s) r] with s the group's mean reply share. A plain mean weighs each part by how alike it
 * is across the members instead: a pasted macro outweighs scattered wordings, and replies
 * retyped by hand are outweighed by wordings that share a few words; a question is then drawn
 * to a topic by whichever part happens to agree, not by both as rows are compared.
 */
export function groupCentroids(
  rows: SparseRows,
  heads: Int32Array,
  members: Int32Array,
  keep: number,
  featureBits: number,
  multiplicity?: Float32Array,
  kinds?: Uint8Array,
): SparseRows {
  const groups = heads.length - 1;
  const dense = new Float32Array(1 << featureBits);
  const replyDense = new Float32Array(kinds ? 1 << featureBits : 0);
  const touched: number[] = [];
  const replyTouched: number[] = [];
  const offsets = new Int32Array(groups + 1);
  const features: number[] = [];
  const weights: number[] = [];
  for (let g = 0; g < groups; g++) {
    let size = 0;
    let share = 0;
    for (let m = heads[g]!; m < heads[g + 1]!; m++) {
      const i = members[m]!;
      const copies = multiplicity ? multiplicity[i]! : 1;
      size += copies;
      for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
        const f = rows.features[e]!;
        const w = rows.weights[e]!;
        if (kinds && kinds[e] === FeatureKind.Reply) {
          if (w === 0) continue;
          // The reply part of a blended row has norm sqrt(share).
          share += copies * w * w;
          if (replyDense[f] === 0) replyTouched.push(f);
          replyDense[f]! += w * copies;
        } else {
          if (dense[f] === 0) touched.push(f);
          dense[f]! += w * copies;
        }
      }
    }
    if (replyTouched.length > 0) blendParts(dense, touched, replyDense, replyTouched, share / size);
    const kept = heaviest(dense, touched, keep);
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

/**
 * The `keep` heaviest of the touched features, heaviest first (stored centroids can be cut
 * shorter, and indexes take their head); ties in touched order. A large topic touches thousands
 * of features: they are cut at the keep-th weight before the few kept are sorted.
 */
function heaviest(dense: Float32Array, touched: readonly number[], keep: number): number[] {
  let kept = touched.slice();
  if (kept.length > keep) {
    const values = Float32Array.from(kept, (f) => dense[f]!).sort();
    const threshold = values[values.length - keep]!;
    kept = kept.filter((f) => dense[f]! >= threshold);
  }
  return kept.sort((a, b) => dense[b]! - dense[a]!).slice(0, keep);
}

/** Scales the summed wording to norm sqrt(1 - share) and the summed reply to sqrt(share), and adds the reply into `dense`. */
function blendParts(dense: Float32Array, touched: number[], replyDense: Float32Array, replyTouched: number[], share: number): void {
  const normOf = (values: Float32Array, at: number[]): number => Math.sqrt(at.reduce((sum, f) => sum + values[f]! * values[f]!, 0));
  const wordingNorm = normOf(dense, touched);
  const replyNorm = normOf(replyDense, replyTouched);
  const wordingScale = wordingNorm > 0 ? Math.sqrt(1 - share) / wordingNorm : 0;
  const replyScale = replyNorm > 0 ? Math.sqrt(share) / replyNorm : 0;
  for (const f of touched) dense[f]! *= wordingScale;
  for (const f of replyTouched) {
    if (dense[f] === 0) touched.push(f);
    dense[f]! += replyDense[f]! * replyScale;
    replyDense[f] = 0;
  }
  replyTouched.length = 0;
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
