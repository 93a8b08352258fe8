import type { ClusterItem } from './types.js';
import type { ClusterOptions } from './options.js';
import type { SparseRows } from './vectorize.js';
import { groupByLabel, groupCentroids } from './centroids.js';
import type { LatentProjection, LatentVectors } from './latent.js';

/**
 * What placing more questions on topics learned from others needs: the vector space the topics
 * were learned in (feature weights, how much each reply counts, the latent axes) and where each
 * topic lies in it.
 */
export interface TopicModel {
  /** Weight of each feature slot: its IDF (times its focus when the topics were refocused). */
  featureWeights: Float32Array;
  /** Share of a row its reply takes, by the reply's text. */
  replyShares: Map<string, number>;
  /** Share for a reply the learning never saw: the median of those it saw. */
  typicalReplyShare: number;
  /** Unit centroid of each topic, built and cut as refinement builds it. */
  centroids: SparseRows;
  latent: { projection: LatentProjection; centroids: Float32Array; weight: number } | null;
  /** Similarity to its topic a question needs to belong to it. */
  memberSimilarity: number;
  topicCount: number;
}

/** What learning the topics ended with, per distinct row of the learned items. */
export interface LearnedSpace {
  items: readonly ClusterItem[];
  /** Distinct row of each item. */
  rowOf: Int32Array;
  rows: SparseRows;
  kinds: Uint8Array;
  copies: Float32Array;
  labels: Int32Array;
  topicCount: number;
  latent: LatentVectors | null;
  featureWeights: Float32Array;
  /** Reply share per distinct row, or null when no item had a reply. */
  shares: Float32Array | null;
}

export function topicModelOf(space: LearnedSpace, opts: ClusterOptions): TopicModel {
  const { heads, members } = groupByLabel(space.labels, space.topicCount);
  const centroids = groupCentroids(space.rows, heads, members, opts.topics.centroidFeatures, opts.features.bits, space.copies, space.kinds);
  const latent = space.latent
    ? { projection: space.latent.projection, centroids: latentCentroids(space.latent, heads, members, space.copies), weight: space.latent.weight }
    : null;
  const { shares: byText, typical } = sharesByReply(space);
  return {
    featureWeights: space.featureWeights,
    replyShares: byText,
    typicalReplyShare: typical,
    centroids,
    latent,
    memberSimilarity: opts.topics.memberSimilarity,
    topicCount: space.topicCount,
  };
}

/** Unit mean latent vector of each group (members weighted by their copies). */
export function latentCentroids(latent: LatentVectors, heads: Int32Array, members: Int32Array, copies: Float32Array): Float32Array {
  const { vectors, dims } = latent;
  const groups = heads.length - 1;
  const out = new Float32Array(groups * dims);
  for (let g = 0; g < groups; g++) {
    for (let m = heads[g]!; m < heads[g + 1]!; m++) {
      const i = members[m]!;
      for (let d = 0; d < dims; d++) out[g * dims + d]! += vectors[i * dims + d]! * copies[i]!;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += out[g * dims + d]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) out[g * dims + d]! *= scale;
  }
  return out;
}

/**
 * The share each reply text took, averaged over the items it answered (trust is judged per
 * distinct row, and one macro may sit in rows of differently worded questions).
 */
function sharesByReply(space: LearnedSpace): { shares: Map<string, number>; typical: number } {
  const shares = new Map<string, number>();
  if (!space.shares) return { shares, typical: 0 };
  const sums = new Map<string, { total: number; count: number }>();
  space.items.forEach((item, i) => {
    if (!item.reply) return;
    const entry = sums.get(item.reply) ?? { total: 0, count: 0 };
    entry.total += space.shares![space.rowOf[i]!]!;
    entry.count++;
    sums.set(item.reply, entry);
  });
  for (const [text, { total, count }] of sums) shares.set(text, total / count);
  const sorted = [...shares.values()].sort((a, b) => a - b);
  return { shares, typical: sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)]! : 0 };
}
