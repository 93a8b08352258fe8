import type { ClusterItem } from './types.js';
import type { ClusterOptions } from './options.js';
import type { TopicModel } from './topic-model.js';
import { blendReplies, countFeatures, newFeatureCache, weighFeatures } from './vectorize.js';
import { settleLanguages } from './feature-language.js';
import { mixLatent, projectLatent } from './latent.js';
import { CentroidIndex } from './centroid-index.js';

/**
 * Deliberate internals: questions are vectorised this many at a time (memory stays bounded
 * whatever the number of questions), and the latent half of the similarity is computed for the
 * few topics closest in words (the others cannot win: the latent half is a minority share).
 */
const CHUNK = 8192;
const LATENT_CANDIDATES = 8;

/**
 * Each item's topic in a model learned from other questions, exactly as refinement decides it
 * for the learned ones: the most similar centroid (word cosine mixed with the latent one), or
 * -1 when none is similar enough.
 */
export function placeOnTopics(
  items: readonly ClusterItem[],
  model: TopicModel,
  opts: ClusterOptions,
  placed?: (done: number) => void,
): { labels: Int32Array; similarity: Float32Array } {
  const { features } = opts;
  const labels = new Int32Array(items.length).fill(-1);
  const similarity = new Float32Array(items.length);
  if (model.topicCount === 0) return { labels, similarity };
  const index = new CentroidIndex(model.centroids, model.topicCount, features.bits);
  const { score, touched } = index;
  const cache = newFeatureCache();
  const latentDims = model.latent ? model.latent.projection.dims : 0;
  const latentVector = new Float32Array(latentDims);
  const closest = new Int32Array(LATENT_CANDIDATES);
  for (let from = 0; from < items.length; from += CHUNK) {
    const chunk = settleLanguages(items.slice(from, from + CHUNK));
    const counts = countFeatures(chunk, features, opts.replies.weight > 0, cache);
    const rows = weighFeatures(counts, model.featureWeights, features);
    const shares = Float32Array.from(chunk, (item) => (item.reply ? (model.replyShares.get(item.reply) ?? model.typicalReplyShare) : 0));
    blendReplies(rows, counts.kinds, shares);
    for (let k = 0; k < chunk.length; k++) {
      index.scoreRow(rows, k);
      if (touched.length === 0) continue;
      let best = -1;
      let bestSimilarity = 0;
      if (model.latent) {
        projectLatent(model.latent.projection, rows, counts.kinds, rows.offsets[k]!, rows.offsets[k + 1]!, latentVector);
        const count = closestTopics(touched, score, closest);
        for (let t = 0; t < count; t++) {
          const topic = closest[t]!;
          let lat = 0;
          for (let d = 0; d < latentDims; d++) lat += latentVector[d]! * model.latent.centroids[topic * latentDims + d]!;
          const sim = mixLatent(score[topic]!, lat, model.latent.weight);
          if (sim > bestSimilarity) [best, bestSimilarity] = [topic, sim];
        }
      } else {
        for (const topic of touched) if (score[topic]! > bestSimilarity) [best, bestSimilarity] = [topic, score[topic]!];
      }
      index.clear();
      similarity[from + k] = bestSimilarity;
      if (bestSimilarity >= model.memberSimilarity) labels[from + k] = best;
    }
    placed?.(Math.min(items.length, from + CHUNK));
  }
  return { labels, similarity };
}

/** The `out.length` topics of `touched` with the highest score into `out` (unordered); returns how many. */
function closestTopics(touched: readonly number[], score: Float64Array, out: Int32Array): number {
  let count = 0;
  let weakest = 0;
  for (const topic of touched) {
    if (count < out.length) {
      out[count++] = topic;
      if (count === out.length) weakest = weakestOf(out, score);
    } else if (score[topic]! > score[out[weakest]!]!) {
      out[weakest] = topic;
      weakest = weakestOf(out, score);
    }
  }
  return count;
}

function weakestOf(topics: Int32Array, score: Float64Array): number {
  let weakest = 0;
  for (let t = 1; t < topics.length; t++) if (score[topics[t]!]! < score[topics[weakest]!]!) weakest = t;
  return weakest;
}
