import type { ClusterItem } from './types.js';
import type { ClusterOptions, TopicOptions } from './options.js';
import { blendReplies, countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from './vectorize.js';
import { replyShares } from './reply-trust.js';
import { dedupeRows } from './dedupe.js';
import { nearestNeighbours, type NeighbourGraph } from './candidates.js';
import { detectCommunities, type WeightedGraph } from './communities.js';
import { groupByLabel, groupCentroids } from './centroids.js';
import { mergeCloseTopics } from './merge-topics.js';
import { latentVectors, mixLatent, type LatentVectors } from './latent.js';
import { FeatureKind } from './feature-hash.js';
import { settleLanguages } from './feature-language.js';
import { topicFocus } from './topic-focus.js';
import { splitByReplies } from './split-by-replies.js';
import { latentCentroids, topicModelOf, type TopicModel } from './topic-model.js';

/** Topics found in a set of questions: each item's topic and closeness to it, and how to place others. */
export interface LearnedTopics {
  /** Topic of each item (-1 = unclustered), dense from 0. */
  labels: Int32Array;
  /** Similarity of each item to its topic's centroid (to the nearest one when unclustered). */
  similarity: Float32Array;
  topicCount: number;
  /** Plain IDF of the items' features (keywords are chosen by it). */
  idf: Float32Array;
  model: TopicModel;
}

/**
 * Groups questions that ask the same thing, without being told how many topics there are:
 * TF-IDF vectors (words, stems, char n-grams) of the distinct questions, each joined with its
 * reply's vector as far as that reply is trusted (see replyTrust) -> approximate k-NN graph
 * from an inverted index -> Louvain communities, cut again where the shop answered their pieces
 * differently (see splitByReplies) -> centroid refinement -> average-linkage merge
 * of topics whose centroids lie close -> refinement again, where questions close to no topic
 * centroid become "unclustered" and topics below the minimum size dissolve. Then once more
 * (`topics.focus.rounds`) with each feature weighted by how much it kept to one of the topics found.
 */
export function learnTopics(items: readonly ClusterItem[], opts: ClusterOptions): LearnedTopics {
  const { features, topics } = opts;
  const counts = countFeatures(settleLanguages(items), features, opts.replies.weight > 0);
  // Document frequency over every question, repeats included: a wording many customers use is common.
  const idf = inverseDocumentFrequency(counts, features.bits);
  const distinct = dedupeRows(counts);
  const copies = distinct.multiplicity;
  const kinds = distinct.rows.kinds;
  let featureWeights = idf;
  let rows = weighFeatures(distinct.rows, idf, features);
  const shares = replyShares(rows, kinds, opts);
  if (shares) blendReplies(rows, kinds, shares);
  let fit = clusterRows(rows, kinds, copies, opts);
  // Second look: features the first topics share out evenly (product names, "bought", context)
  // count for less, those that stay within a topic (the intent words) for more.
  for (let round = 0; round < topics.focus.rounds; round++) {
    const focus = topicFocus(rows, fit.labels, copies, topics.focus, features.bits);
    featureWeights = idf.map((weight, f) => weight * focus[f]!);
    rows = weighFeatures(distinct.rows, featureWeights, features);
    if (shares) blendReplies(rows, kinds, shares);
    fit = clusterRows(rows, kinds, copies, opts);
  }
  const topicCount = fit.labels.reduce((max, label) => Math.max(max, label + 1), 0);
  const model = topicModelOf({ items, rowOf: distinct.rowOf, rows, kinds, copies, labels: fit.labels, topicCount, latent: fit.latent, featureWeights, shares }, opts);
  const labels = new Int32Array(items.length);
  const similarity = new Float32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    labels[i] = fit.labels[distinct.rowOf[i]!]!;
    similarity[i] = fit.similarity[distinct.rowOf[i]!]!;
  }
  return { labels, similarity, topicCount, idf, model };
}

/**
 * One clustering of weighted rows: k-NN graph -> communities -> refinement -> merge of close
 * topics -> refinement. Returns each row's topic (-1 = unclustered) and its similarity to it.
 */
function clusterRows(
  rows: SparseRows,
  kinds: Uint8Array,
  copies: Float32Array,
  opts: ClusterOptions,
): { labels: Int32Array; similarity: Float32Array; latent: LatentVectors | null } {
  const { features, latent: latentOptions, topics } = opts;
  const bits = features.bits;
  const latent = latentOptions.dimensions > 0 && latentOptions.weight > 0
    ? latentVectors(rows, kinds, FeatureKind.CharGram, copies, latentOptions, bits)
    : null;
  const neighbours = nearestNeighbours(rows, opts.candidates, bits, latent);

  const graph = undirected(neighbours, opts.graph.edgeSharpness);
  const communities = splitByReplies(graph, detectCommunities(graph, opts.graph), rows, kinds, copies, opts);
  let labels = dropSmallGroups(communities, copies, topics.minSize);
  let fit = refine(rows, kinds, latent, copies, neighbours, labels, topics, bits);
  for (let round = 0; round < topics.refineRounds; round++) {
    labels = dropSmallGroups(fit.labels, copies, topics.minSize);
    fit = refine(rows, kinds, latent, copies, neighbours, labels, topics, bits);
  }
  if (topics.merge.similarity < 1) {
    labels = mergeTopics(rows, kinds, copies, dropSmallGroups(fit.labels, copies, topics.minSize), topics, bits);
    fit = refine(rows, kinds, latent, copies, neighbours, labels, topics, bits);
  }
  return { labels: dropSmallGroups(fit.labels, copies, topics.minSize), similarity: fit.similarity, latent };
}

/** Joins topics whose centroids lie close (see mergeCloseTopics); labels stay dense. */
function mergeTopics(rows: SparseRows, kinds: Uint8Array, copies: Float32Array, labels: Int32Array, topics: TopicOptions, featureBits: number): Int32Array {
  const groupCount = labels.reduce((max, label) => Math.max(max, label + 1), 0);
  if (groupCount < 2) return labels;
  const { heads, members } = groupByLabel(labels, groupCount);
  const centroids = groupCentroids(rows, heads, members, topics.centroidFeatures, featureBits, copies, kinds);
  const sizes = new Float64Array(groupCount);
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) sizes[labels[i]!]! += copies[i]!;
  const groupOf = mergeCloseTopics(centroids, sizes, topics.merge, featureBits);
  return labels.map((label) => (label >= 0 ? groupOf[label]! : -1));
}

/**
 * The k-NN relation made symmetric; an edge both ends chose counts twice (mutual neighbours).
 * Similarities are raised to `sharpness`, so that a close paraphrase outweighs several loose
 * links through a shared product name.
 */
function undirected(graph: NeighbourGraph, sharpness: number): WeightedGraph {
  const n = graph.offsets.length - 1;
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      degree[i + 1]!++;
      degree[graph.targets[e]! + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const fill = degree.slice(0, n);
  const targets = new Int32Array(degree[n]!);
  const weights = new Float32Array(degree[n]!);
  for (let i = 0; i < n; i++) {
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      const j = graph.targets[e]!;
      const w = graph.similarities[e]! ** sharpness;
      targets[fill[i]!] = j;
      weights[fill[i]!++] = w;
      targets[fill[j]!] = i;
      weights[fill[j]!++] = w;
    }
  }
  return { offsets: degree, targets, weights };
}

/** Labels of groups of fewer than `minSize` questions become -1; the rest are renumbered densely. */
function dropSmallGroups(labels: Int32Array, copies: Float32Array, minSize: number): Int32Array {
  const size = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) size[labels[i]!]! += copies[i]!;
  const renumbered = new Int32Array(labels.length).fill(-1);
  let next = 0;
  const result = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label < 0 || size[label]! < minSize) {
      result[i] = -1;
      continue;
    }
    if (renumbered[label] === -1) renumbered[label] = next++;
    result[i] = renumbered[label]!;
  }
  return result;
}

/**
 * One k-means-like step restricted to nearby topics: every item moves to the most similar
 * centroid among its own topic and its neighbours' topics, or out of all topics when none is
 * similar enough. Fixes the items community detection attached through a single weak link.
 */
function refine(
  rows: SparseRows,
  kinds: Uint8Array,
  latent: LatentVectors | null,
  copies: Float32Array,
  neighbours: NeighbourGraph,
  labels: Int32Array,
  topics: TopicOptions,
  featureBits: number,
): { labels: Int32Array; similarity: Float32Array } {
  const n = labels.length;
  const groupCount = labels.reduce((max, label) => Math.max(max, label + 1), 0);
  const { heads, members } = groupByLabel(labels, groupCount);
  const centroids = groupCentroids(rows, heads, members, topics.centroidFeatures, featureBits, copies, kinds);
  const topicLatent = latent ? latentCentroids(latent, heads, members, copies) : null;
  const latentShare = latent ? latent.weight : 0;

  // Candidate (item, topic) pairs, grouped by topic so each centroid is expanded only once.
  const pairItems: number[] = [];
  const pairTopics: number[] = [];
  const candidates = new Set<number>();
  for (let i = 0; i < n; i++) {
    candidates.clear();
    if (labels[i]! >= 0) candidates.add(labels[i]!);
    for (let e = neighbours.offsets[i]!; e < neighbours.offsets[i + 1]!; e++) {
      const label = labels[neighbours.targets[e]!]!;
      if (label >= 0) candidates.add(label);
    }
    for (const topic of candidates) {
      pairItems.push(i);
      pairTopics.push(topic);
    }
  }
  const byTopic = groupByLabel(Int32Array.from(pairTopics), groupCount);

  const dense = new Float32Array(1 << featureBits);
  const bestSimilarity = new Float32Array(n);
  const bestTopic = new Int32Array(n).fill(-1);
  for (let topic = 0; topic < groupCount; topic++) {
    const from = centroids.offsets[topic]!;
    const to = centroids.offsets[topic + 1]!;
    for (let e = from; e < to; e++) dense[centroids.features[e]!] = centroids.weights[e]!;
    for (let p = byTopic.heads[topic]!; p < byTopic.heads[topic + 1]!; p++) {
      const i = pairItems[byTopic.members[p]!]!;
      let sim = 0;
      for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) sim += rows.weights[e]! * dense[rows.features[e]!]!;
      if (topicLatent) {
        let lat = 0;
        const dims = latent!.dims;
        for (let d = 0; d < dims; d++) lat += latent!.vectors[i * dims + d]! * topicLatent[topic * dims + d]!;
        sim = mixLatent(sim, lat, latentShare);
      }
      if (sim > bestSimilarity[i]!) {
        bestSimilarity[i] = sim;
        bestTopic[i] = topic;
      }
    }
    for (let e = from; e < to; e++) dense[centroids.features[e]!] = 0;
  }
  const refined = new Int32Array(n);
  for (let i = 0; i < n; i++) refined[i] = bestSimilarity[i]! >= topics.memberSimilarity ? bestTopic[i]! : -1;
  return { labels: refined, similarity: bestSimilarity };
}
