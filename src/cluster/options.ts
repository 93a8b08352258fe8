import type { Lang } from '../model.js';
import { analyse, type Term } from '../text/analyse.js';
import { dropContextSentences } from '../text/context-sentences.js';

/** How a question becomes a sparse vector (and so which vector space stored centroids live in). */
export interface FeatureOptions {
  /**
   * Rewrites a question before its features are counted (never the stored text). The default
   * drops sentences that only identify the customer or order ("Mój e-mail: [email].").
   */
  prepare: (text: string) => string;
  /**
   * Turns text into its content words (fold + stop words + stem). Vectors call it on one token at
   * a time (and remember the answer), so it must not depend on neighbouring words.
   */
  analyse: (text: string, lang: Lang) => Term[];
  /** Relative weight of each feature family in an item vector (0 switches a family off). */
  weights: { words: number; stems: number; charGrams: number };
  /** Length of the within-word character n-grams that catch typos and leftover inflection. */
  charGramLength: number;
  /** Keep languages apart: the same word in Polish and Czech questions is not a shared feature. */
  separateLanguages: boolean;
  /** Number of hashed feature slots, as a power of two; stable across runs so centroids stay valid. */
  bits: number;
}

/**
 * The latent (LSA) space learned from the questions themselves: wordings that share few words
 * but keep the same company still meet. Off when `dimensions` or `weight` is 0.
 */
export interface LatentOptions {
  dimensions: number;
  /** Share of the latent cosine in the similarity of two questions and of a question to a topic. */
  weight: number;
  /** Only this many of the most frequent features span the space (rare ones cannot be placed). */
  vocabulary: number;
  /** Subspace iterations of the randomized SVD: each is one more pass over the questions. */
  powerIterations: number;
  /** Extra random directions sampled beyond `dimensions`, for an accurate truncation. */
  oversample: number;
}

/** The approximate k-nearest-neighbour search over an inverted index (no all-pairs). */
export interface CandidateOptions {
  /** How many of an item's heaviest features go into the index, and are queried with. */
  indexedFeatures: number;
  /** How many postings per feature are scanned at most (keeps common words from going quadratic). */
  maxPostingsScanned: number;
  /** Candidates given an exact cosine per item, as a multiple of `neighbours`. */
  shortlistFactor: number;
  /** Nearest neighbours kept per item in the similarity graph. */
  neighbours: number;
  /** Similarity below which two questions are not considered related at all. */
  minSimilarity: number;
}

/** Community detection (Louvain) on the neighbour graph. */
export interface GraphOptions {
  /** Edge weight = similarity ** this: above 1, close neighbours count for much more than loose ones. */
  edgeSharpness: number;
  /** Higher gives more, smaller topics. */
  resolution: number;
  /** Aggregation levels at most; each level joins communities into super-nodes. */
  maxLevels: number;
  /** Node-moving passes per level at most. */
  maxPasses: number;
  /** A pass that moves fewer than this share of the nodes ends the level (converged enough). */
  minMovedShare: number;
}

/** From communities to topics: refinement, merging, size limits, keywords. */
export interface TopicOptions {
  /** k-means-like reassignment rounds after community detection; later rounds move few items. */
  refineRounds: number;
  /** Similarity to its topic centroid an item needs to stay in the topic (else it is unclustered). */
  memberSimilarity: number;
  /** Topics smaller than this (counting repeated questions) are dissolved into "unclustered". */
  minSize: number;
  /** Centroids keep only their heaviest features (bounded size when stored). */
  centroidFeatures: number;
  merge: MergeOptions;
  focus: FocusOptions;
  /** Keywords reported per topic. */
  keywordCount: number;
  /** Keywords are read from this many of the most central members; the long tail adds only time. */
  keywordSample: number;
}

/** Average-linkage merge of topics whose centroids lie close (one intent split by wording). */
export interface MergeOptions {
  /** Topics whose centroids are at least this similar become one; 1 = never merge. */
  similarity: number;
  /** Heaviest centroid features indexed to find candidate pairs of topics. */
  indexedFeatures: number;
}

/**
 * Re-clusterings with each feature weighted by how much it stays within one of the topics found
 * so far (see topicFocus). Off by default: measured +0.006 NMI on Banking77, none on Bitext,
 * -0.01 on the shop logs, for twice the time.
 */
export interface FocusOptions {
  /** Re-clusterings after the first; 0 clusters once. */
  rounds: number;
  /** Exponent of the topic-concentration weight: 0 ignores it, higher trusts it more. */
  strength: number;
  /** Pseudo-count that keeps a feature of few questions near neutral weight. */
  prior: number;
}

/**
 * The shop's replies as a second signal. Each row is [sqrt(1 - s) q ; sqrt(s) r], q and r the unit
 * vectors of the question and of its reply, s = weight x trust: two questions are close when
 * worded alike, or when the shop answered both with close replies it keeps for one kind of
 * question. Trust comes from the data (see replyTrust). Off when `weight` is 0.
 */
export interface ReplyOptions {
  /** Share of a row a fully trusted reply takes (b). */
  weight: number;
  /** Closest other replies read per reply to judge how specific it is. */
  neighbours: number;
  /** Reply cosine from which two replies say the same thing (a macro, or one retyped by hand). */
  sameAnswer: number;
  /**
   * Replies whose questions are at least as coherent as this quantile of all replies' (the data
   * set's typical answer to one question) get full trust; a reply whose questions are no more alike
   * than random ones gets none.
   */
  typicalQuantile: number;
}

/** Incremental assignment of new questions to stored topic centroids. */
interface AssignOptions {
  /** Score a new question needs against a centroid to join the topic. */
  minSimilarity: number;
}

/** Everything clustering can be tuned with; each stage (kernel) takes its own group. */
export interface ClusterOptions {
  features: FeatureOptions;
  latent: LatentOptions;
  replies: ReplyOptions;
  candidates: CandidateOptions;
  graph: GraphOptions;
  topics: TopicOptions;
  assign: AssignOptions;
}

/** Any part of the options, at any depth; the rest comes from the defaults. */
export type ClusterOverrides = Overrides<ClusterOptions>;

type Overrides<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? Overrides<T[K]> : T[K] };

const defaultClusterOptions: ClusterOptions = {
  features: {
    prepare: dropContextSentences,
    analyse,
    weights: { words: 1, stems: 1, charGrams: 0.6 },
    charGramLength: 4,
    separateLanguages: true,
    bits: 20,
  },
  latent: { dimensions: 32, weight: 0.35, vocabulary: 40_000, powerIterations: 1, oversample: 10 },
  replies: { weight: 0.5, neighbours: 12, sameAnswer: 0.3, typicalQuantile: 0.5 },
  candidates: { indexedFeatures: 10, maxPostingsScanned: 300, shortlistFactor: 3, neighbours: 12, minSimilarity: 0.2 },
  graph: { edgeSharpness: 1, resolution: 3, maxLevels: 20, maxPasses: 50, minMovedShare: 1e-4 },
  topics: {
    refineRounds: 2,
    memberSimilarity: 0.15,
    minSize: 3,
    centroidFeatures: 300,
    merge: { similarity: 0.4, indexedFeatures: 40 },
    focus: { rounds: 0, strength: 0.3, prior: 1 },
    keywordCount: 5,
    keywordSample: 100,
  },
  assign: { minSimilarity: 0.3 },
};

/** The defaults with `overrides` laid over them, group by group. */
export function resolveOptions(overrides?: ClusterOverrides): ClusterOptions {
  return overrides ? overlay(defaultClusterOptions, overrides) : defaultClusterOptions;
}

function overlay<T extends object>(base: T, overrides: Overrides<T>): T {
  const result = { ...base };
  for (const key of Object.keys(overrides) as (keyof T)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    const current = base[key];
    const isGroup = typeof current === 'object' && current !== null;
    result[key] = (isGroup ? overlay(current, value as Overrides<typeof current>) : value) as T[keyof T];
  }
  return result;
}
