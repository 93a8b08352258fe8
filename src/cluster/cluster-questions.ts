import type { ClusterGroup, ClusterItem, ClusterProgress, Clustering } from './types.js';
import { resolveOptions, type ClusterOptions, type ClusterOverrides } from './options.js';
import { groupByLabel } from './centroids.js';
import { topicKeywords } from './keywords.js';
import { readableLabel } from './topic-label.js';
import { learnTopics } from './learn-topics.js';
import { placeOnTopics } from './place-on-topics.js';
import { settleLanguages } from './feature-language.js';
import { evenSample } from './even-sample.js';

/**
 * Groups questions that ask the same thing, without being told how many topics there are (see
 * learnTopics). Past `sample.size` questions, topics are learned from an even sample and every
 * other question is placed on them as refinement places the sampled ones; the questions that fit
 * none are then learned from again (`sample.residualRounds`), so a question too rare to show in
 * the sample still gets its topic. The number of topics follows what customers ask, not how many
 * times they asked it, and time and memory grow with the questions only through the placement.
 */
export function clusterQuestions(items: ClusterItem[], options?: ClusterOverrides, progress: ClusterProgress = {}): Clustering {
  const opts = resolveOptions(options);
  if (items.length === 0) return { groups: [], unclustered: [] };
  const labels = new Int32Array(items.length).fill(-1);
  const similarity = new Float32Array(items.length);
  let idf: Float32Array | null = null;
  let topicCount = 0;
  let pending = Int32Array.from(items, (_, i) => i);
  // A topic must stand for as many questions whichever round finds it: a topic of `minSize`
  // questions in a sample of one in ten stands for ten times as many in all.
  const scale = opts.sample.size > 0 ? Math.max(1, items.length / opts.sample.size) : 1;
  const residualOptions = { ...opts, topics: { ...opts.topics, minSize: opts.topics.minSize * scale } };
  for (let round = 0; round <= opts.sample.residualRounds && pending.length >= opts.topics.minSize; round++) {
    const learned = topicsOf(pending, items, round === 0 ? opts : residualOptions, progress);
    idf ??= learned.idf;
    const left: number[] = [];
    pending.forEach((i, k) => {
      similarity[i] = learned.similarity[k]!;
      if (learned.labels[k]! >= 0) labels[i] = topicCount + learned.labels[k]!;
      else left.push(i);
    });
    topicCount += learned.topicCount;
    // Questions all learned from already had their chance: another round would find the same.
    if (!learned.sampled) break;
    pending = Int32Array.from(left);
  }
  return groupsOf(items, labels, similarity, topicCount, idf!, opts);
}

/** Topics of the items `indices` names: learned from all of them, or from a sample and placed. */
function topicsOf(
  indices: Int32Array,
  items: readonly ClusterItem[],
  opts: ClusterOptions,
  progress: ClusterProgress,
): { labels: Int32Array; similarity: Float32Array; topicCount: number; idf: Float32Array; sampled: boolean } {
  const size = opts.sample.size;
  if (size <= 0 || indices.length <= size) {
    progress.learning?.(indices.length, indices.length);
    const learned = learnTopics(Array.from(indices, (i) => items[i]!), opts);
    return { ...learned, sampled: false };
  }
  const chosen = languageSample(indices, items, size);
  progress.learning?.(chosen.length, indices.length);
  const learned = learnTopics(Array.from(chosen, (k) => items[indices[k]!]!), opts);
  const isChosen = new Uint8Array(indices.length);
  chosen.forEach((k) => (isChosen[k] = 1));
  const others = Array.from(indices).filter((_, k) => !isChosen[k]);
  const placed = placeOnTopics(others.map((i) => items[i]!), learned.model, opts, (done) => progress.placing?.(done, others.length));
  const labels = new Int32Array(indices.length);
  const similarity = new Float32Array(indices.length);
  let learnedAt = 0;
  let placedAt = 0;
  for (let k = 0; k < indices.length; k++) {
    const [from, at] = isChosen[k] ? [learned, learnedAt++] : [placed, placedAt++];
    labels[k] = from.labels[at]!;
    similarity[k] = from.similarity[at]!;
  }
  return { labels, similarity, topicCount: learned.topicCount, idf: learned.idf, sampled: true };
}

/** A language is learned from at least 1/this of the sample (or from all of its questions). */
const MIN_LANGUAGE_SHARE = 4;

/**
 * Positions (into `indices`, ascending) of an even sample of about `size` items in which every
 * language has its proportional share, but at least a quarter of the sample (or all of its
 * items): languages never share a feature, so a language a few customers write in would
 * otherwise be learned from a handful of questions and get topics only for its most asked one.
 */
function languageSample(indices: Int32Array, items: readonly ClusterItem[], size: number): Int32Array {
  const byLanguage = new Map<string, number[]>();
  const settled = settleLanguages(Array.from(indices, (i) => items[i]!));
  settled.forEach((item, k) => {
    const positions = byLanguage.get(item.lang);
    if (positions) positions.push(k);
    else byLanguage.set(item.lang, [k]);
  });
  const chosen: number[] = [];
  for (const positions of byLanguage.values()) {
    const share = Math.round((size * positions.length) / indices.length);
    const quota = Math.min(positions.length, Math.max(share, Math.floor(size / MIN_LANGUAGE_SHARE)));
    for (const at of evenSample(positions.length, quota)) chosen.push(positions[at]!);
  }
  return Int32Array.from(chosen).sort();
}

/** The groups as reported: members most central first, a readable label, keywords. */
function groupsOf(
  items: readonly ClusterItem[],
  labels: Int32Array,
  similarity: Float32Array,
  topicCount: number,
  idf: Float32Array,
  opts: ClusterOptions,
): Clustering {
  const { topics, features } = opts;
  const { heads, members } = groupByLabel(labels, topicCount);
  const groups: ClusterGroup[] = [];
  for (let g = 0; g < topicCount; g++) {
    const indices = Array.from(members.subarray(heads[g]!, heads[g + 1]!));
    if (indices.length === 0) continue;
    indices.sort((a, b) => similarity[b]! - similarity[a]! || a - b);
    const groupItems = indices.map((i) => items[i]!);
    groups.push({
      members: groupItems.map((item) => item.id),
      representative: readableLabel(groupItems).id,
      keywords: topicKeywords(groupItems.slice(0, topics.keywordSample), idf, features, topics.keywordCount),
    });
  }
  const unclustered: number[] = [];
  for (let i = 0; i < items.length; i++) if (labels[i]! < 0) unclustered.push(items[i]!.id);
  return { groups, unclustered };
}
