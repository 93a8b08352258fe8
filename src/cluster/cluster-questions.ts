import type { ClusterGroup, ClusterItem, Clustering } from './types.js';
import { resolveOptions, type ClusterOptions, type ClusterOverrides, type TopicOptions } from './options.js';
import { blendReplies, countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from './vectorize.js';
import { replyShares } from './reply-trust.js';
import { dedupeRows } from './dedupe.js';
import { nearestNeighbours, type NeighbourGraph } from './candidates.js';
import { detectCommunities, type WeightedGraph } from './communities.js';
import { groupByLabel, groupCentroids } from './centroids.js';
import { mergeCloseTopics } from './merge-topics.js';
import { topicKeywords } from './keywords.js';
import { readableLabel } from './topic-label.js';
import { latentVectors, type LatentVectors } from './latent.js';
import { FeatureKind } from './feature-hash.js';
import { settleLanguages } from './feature-language.js';
import { topicFocus } from './topic-focus.js';
import { splitByReplies } from './split-by-replies.js';

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
export function clusterQuestions(items: ClusterItem[], options?: ClusterOverrides): Clustering {
  const opts = resolveOptions(options);
  const { features, topics } = opts;
  if (items.length === 0) return { groups: [], unclustered: [] };
  const counts = countFeatures(settleLanguages(items), features, opts.replies.weight > 0);
  // Document frequency over every question, repeats included: a wording many customers use is common.
  const idf = inverseDocumentFrequency(counts, features.bits);
  const distinct = dedupeRows(counts);
  const copies = distinct.multiplicity;
  let rows = weighFeatures(distinct.rows, idf, features);
  const shares = replyShares(rows, distinct.rows.kinds, opts);
  if (shares) blendReplies(rows, distinct.rows.kinds, shares);
  let { labels, similarity } = clusterRows(rows, distinct.rows.kinds, copies, opts);
  // Second look: features the first topics share out evenly (product names, "bought", context)
  // count for less, those that stay within a topic (the intent words) for more.
  for (let round = 0; round < topics.focus.rounds; round++) {
    const focus = topicFocus(rows, labels, copies, topics.focus, features.bits);
    const focused = idf.map((weight, f) => weight * focus[f]!);
    rows = weighFeatures(distinct.rows, focused, features);
    if (shares) blendReplies(rows, distinct.rows.kinds, shares);
    ({ labels, similarity } = clusterRows(rows, distinct.rows.kinds, copies, opts));
  }

  const groupCount = labels.reduce((max, label) => Math.max(max, label + 1), 0);
  const itemsOfRow = groupByLabel(distinct.rowOf, copies.length);
  const { heads, members } = groupByLabel(labels, groupCount);
  const groups: ClusterGroup[] = [];
  for (let g = 0; g < groupCount; g++) {
    const rowsOfGroup = Array.from(members.subarray(heads[g]!, heads[g + 1]!));
    rowsOfGroup.sort((a, b) => similarity[b]! - similarity[a]! || a - b);
    const indices = rowsOfGroup.flatMap((r) => Array.from(itemsOfRow.members.subarray(itemsOfRow.heads[r]!, itemsOfRow.heads[r + 1]!)));
    const groupItems = indices.map((i) => items[i]!);
    groups.push({
      members: groupItems.map((item) => item.id),
      representative: readableLabel(groupItems).id,
      keywords: topicKeywords(groupItems.slice(0, topics.keywordSample), idf, features, topics.keywordCount),
    });
  }
  const unclustered: number[] = [];
  for (let i = 0; i < items.length; i++) if (labels[distinct.rowOf[i]!]! < 0) unclustered.push(items[i]!.id);
  return { groups, unclustered };
}

/**
 * One clustering of weighted rows: k-NN graph -> communities -> refinement -> merge of close
 * topics -> refinement. Returns each row's topic (-1 = unclustered) and its similarity to it.
 */
function clusterRows(rows: SparseRows, kinds: Uint8Array, copies: Float32Array, opts: ClusterOptions): { labels: Int32Array; similarity: Float32Array } {
  const { features, latent: latentOptions, topics } = opts;
  const bits = features.bits;
  const latent = latentOptions.dimensions > 0 && latentOptions.weight > 0
    ? latentVectors(rows, kinds.map((kind) => (kind === FeatureKind.CharGram ? 0 : 1)), copies, latentOptions, bits)
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
  return { labels: dropSmallGroups(fit.labels, copies, topics.minSize), similarity: fit.similarity };
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

/** Unit mean latent vector of each group (members weighted by their copies). */
function latentGroupCentroids(latent: LatentVectors, heads: Int32Array, members: Int32Array, copies: Float32Array): Float32Array {
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
  const latentCentroids = latent ? latentGroupCentroids(latent, heads, members, copies) : null;
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
      if (latentCentroids) {
        let lat = 0;
        const dims = latent!.dims;
        for (let d = 0; d < dims; d++) lat += latent!.vectors[i * dims + d]! * latentCentroids[topic * dims + d]!;
        sim = (1 - latentShare) * sim + latentShare * lat;
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
