import type { ClusterItem } from './types.js';
import type { ClusterOptions } from './options.js';
import type { TopicModel } from './topic-model.js';
import { blendReplies, countFeatures, newFeatureCache, weighFeatures, type SparseRows } from './vectorize.js';
import { settleLanguages } from './feature-language.js';
import { mixLatent, projectLatent } from './latent.js';

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
 * -1 when none is similar enough. Topics are found through an inverted index over centroid
 * features, so the cost grows with the items, not items x topics.
 */
export function placeOnTopics(items: readonly ClusterItem[], model: TopicModel, opts: ClusterOptions): { labels: Int32Array; similarity: Float32Array } {
  const { features } = opts;
  const labels = new Int32Array(items.length).fill(-1);
  const similarity = new Float32Array(items.length);
  if (model.topicCount === 0) return { labels, similarity };
  const postings = postingsOf(model.centroids, model.topicCount, features.bits);
  const cache = newFeatureCache();
  const score = new Float64Array(model.topicCount);
  const touched: number[] = [];
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
      scoreRow(rows, k, postings, score, touched);
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
      for (const topic of touched) score[topic] = 0;
      touched.length = 0;
      similarity[from + k] = bestSimilarity;
      if (bestSimilarity >= model.memberSimilarity) labels[from + k] = best;
    }
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

/** Feature slot -> the topics whose centroid holds it, with its weight there (compressed by slot). */
interface Postings {
  heads: Int32Array;
  topics: Int32Array;
  weights: Float32Array;
}

function postingsOf(centroids: SparseRows, topicCount: number, featureBits: number): Postings {
  const heads = new Int32Array((1 << featureBits) + 1);
  for (let e = 0; e < centroids.offsets[topicCount]!; e++) heads[centroids.features[e]! + 1]!++;
  for (let f = 0; f < 1 << featureBits; f++) heads[f + 1]! += heads[f]!;
  const fill = heads.slice(0, 1 << featureBits);
  const topics = new Int32Array(heads[1 << featureBits]!);
  const weights = new Float32Array(topics.length);
  for (let t = 0; t < topicCount; t++) {
    for (let e = centroids.offsets[t]!; e < centroids.offsets[t + 1]!; e++) {
      const at = fill[centroids.features[e]!]!++;
      topics[at] = t;
      weights[at] = centroids.weights[e]!;
    }
  }
  return { heads, topics, weights };
}

/** Word cosine of row k with every topic sharing a feature with it, into `score`; those topics into `touched`. */
function scoreRow(rows: SparseRows, k: number, postings: Postings, score: Float64Array, touched: number[]): void {
  for (let e = rows.offsets[k]!; e < rows.offsets[k + 1]!; e++) {
    const f = rows.features[e]!;
    const w = rows.weights[e]!;
    if (w === 0) continue;
    for (let p = postings.heads[f]!; p < postings.heads[f + 1]!; p++) {
      const topic = postings.topics[p]!;
      if (score[topic] === 0) touched.push(topic);
      score[topic]! += w * postings.weights[p]!;
    }
  }
}
