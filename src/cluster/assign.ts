import type { ClusterItem, TopicCentroid } from './types.js';
import { resolveOptions, type ClusterOverrides } from './options.js';
import { blendReplies, countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from './vectorize.js';
import { CentroidIndex } from './centroid-index.js';
import { evenSample } from './even-sample.js';
import { replyShares } from './reply-trust.js';
import { groupByLabel, groupCentroids } from './centroids.js';
import { settleLanguages } from './feature-language.js';

/**
 * A topic's centroid is the mean of at most this many of its questions, spread evenly over it:
 * past a few hundred the mean hardly moves, and a topic of 200,000 questions costs no more.
 */
const CENTROID_SAMPLE = 300;

/**
 * One centroid per topic, for placing new questions later without re-clustering. IDF comes from
 * the given topics' questions and is baked into the centroid weights, so the centroids are
 * self-contained (they serialise as plain feature -> weight maps in the hashed feature space).
 */
export function centroidsOf(
  topicGroups: { topicId: number; items: readonly ClusterItem[] }[],
  options?: ClusterOverrides,
): TopicCentroid[] {
  const opts = resolveOptions(options);
  const { features, topics } = opts;
  const groups = topicGroups.map((group) => ({ topicId: group.topicId, items: sampleOf(group.items) }));
  const items = groups.flatMap((g) => g.items);
  const labels = new Int32Array(items.length);
  let at = 0;
  groups.forEach((group, g) => {
    for (let k = 0; k < group.items.length; k++) labels[at++] = g;
  });
  const counts = countFeatures(settleLanguages(items), features, opts.replies.weight > 0);
  const rows = weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
  const shares = replyShares(rows, counts.kinds, opts);
  if (shares) blendReplies(rows, counts.kinds, shares);
  const { heads, members } = groupByLabel(labels, groups.length);
  const centroids = groupCentroids(rows, heads, members, topics.centroidFeatures, features.bits);
  return groups.map((group, g) => {
    const vector = new Map<number, number>();
    for (let e = centroids.offsets[g]!; e < centroids.offsets[g + 1]!; e++) {
      vector.set(centroids.features[e]!, centroids.weights[e]!);
    }
    return { topicId: group.topicId, vector };
  });
}

function sampleOf(items: readonly ClusterItem[]): readonly ClusterItem[] {
  return items.length <= CENTROID_SAMPLE ? items : Array.from(evenSample(items.length, CENTROID_SAMPLE), (at) => items[at]!);
}

/**
 * Places each item into the topic whose centroid it matches best, or null when none matches
 * well enough; an item with a reply can join a topic through the reply part of its centroid.
 * Item vectors use term frequency only (the centroids carry the IDF).
 */
export function assignToCentroids(
  items: ClusterItem[],
  centroids: TopicCentroid[],
  options?: ClusterOverrides,
): Map<number, number | null> {
  const { features, assign, replies } = resolveOptions(options);
  const counts = countFeatures(settleLanguages(items), features, replies.weight > 0);
  // A new question's reply cannot be judged against its neighbours yet: it counts fully, and a
  // generic one finds little to match in centroids built from the trusted replies.
  const rows = blendReplies(weighFeatures(counts, null, features), counts.kinds, new Float32Array(items.length).fill(replies.weight));
  const index = new CentroidIndex(centroidRows(centroids), centroids.length, features.bits);
  const result = new Map<number, number | null>();
  items.forEach((item, i) => {
    index.scoreRow(rows, i);
    let best = -1;
    let bestScore = assign.minSimilarity;
    for (const c of index.touched) {
      if (index.score[c]! >= bestScore) {
        bestScore = index.score[c]!;
        best = c;
      }
    }
    index.clear();
    result.set(item.id, best >= 0 ? centroids[best]!.topicId : null);
  });
  return result;
}

/** Stored centroids (feature -> weight maps) as sparse rows, one per centroid. */
function centroidRows(centroids: readonly TopicCentroid[]): SparseRows {
  const offsets = new Int32Array(centroids.length + 1);
  centroids.forEach((centroid, c) => (offsets[c + 1] = offsets[c]! + centroid.vector.size));
  const features = new Int32Array(offsets[centroids.length]!);
  const weights = new Float32Array(features.length);
  let at = 0;
  for (const centroid of centroids) {
    for (const [feature, weight] of centroid.vector) {
      features[at] = feature;
      weights[at++] = weight;
    }
  }
  return { offsets, features, weights };
}
