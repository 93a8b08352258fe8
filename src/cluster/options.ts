import type { Lang } from '../model.js';
import { analyse, type Term } from '../text/analyse.js';
import { dropContextSentences } from '../text/context-sentences.js';

/**
 * Everything clustering can be tuned with, in one object (MiniSearch style): pass a partial
 * object and the rest comes from `defaultClusterOptions`.
 */
export interface ClusterOptions {
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
  featureBits: number;
  /** How many of an item's heaviest features go into the candidate index. */
  candidateFeatures: number;
  /** How many postings per feature are scanned at most (keeps common words from going quadratic). */
  maxPostingsScanned: number;
  /**
   * Dimensions of the latent (LSA) space learned from the questions themselves; 0 switches it
   * off. Similarity mixes it with the word cosine so that wordings sharing few words still meet.
   */
  latentDimensions: number;
  /** Share of the latent cosine in the similarity of two questions and of a question to a topic. */
  latentWeight: number;
  /** Nearest neighbours kept per item in the similarity graph. */
  neighbours: number;
  /** Cosine below which two questions are not considered related at all. */
  minSimilarity: number;
  /** Edge weight = similarity ** this: above 1, close neighbours count for much more than loose ones. */
  edgeSharpness: number;
  /** Community-detection resolution: higher gives more, smaller topics. */
  resolution: number;
  /**
   * Re-clusterings after the first, each with features weighted by how much they stay within
   * one of the topics found so far (see topicFocus); 0 clusters once. Off by default: measured
   * +0.006 NMI on Banking77, none on Bitext, -0.01 on the shop logs, for twice the time.
   */
  focusRounds: number;
  /** Exponent of that topic-concentration weight: 0 ignores it, higher trusts it more. */
  focusStrength: number;
  /** Pseudo-count that keeps a feature of few questions near neutral weight. */
  focusPrior: number;
  /** Topics whose centroids are at least this similar (average linkage) become one; 1 = never merge. */
  mergeSimilarity: number;
  /** Cosine to its topic centroid an item needs to stay in the topic (else it is unclustered). */
  memberSimilarity: number;
  /** Topics smaller than this are dissolved into "unclustered". */
  minTopicSize: number;
  /** Keywords reported per topic. */
  keywordCount: number;
  /** Incremental assignment: score a new question needs against a centroid to join the topic. */
  assignSimilarity: number;
  /** Centroids keep only their heaviest features (bounded size when stored). */
  centroidFeatures: number;
}

export const defaultClusterOptions: ClusterOptions = {
  prepare: dropContextSentences,
  analyse,
  weights: { words: 1, stems: 1, charGrams: 0.6 },
  charGramLength: 4,
  separateLanguages: true,
  featureBits: 20,
  candidateFeatures: 10,
  maxPostingsScanned: 300,
  latentDimensions: 32,
  latentWeight: 0.35,
  neighbours: 12,
  minSimilarity: 0.2,
  edgeSharpness: 1,
  resolution: 3,
  focusRounds: 0,
  focusStrength: 0.3,
  focusPrior: 1,
  mergeSimilarity: 0.4,
  memberSimilarity: 0.15,
  minTopicSize: 3,
  keywordCount: 5,
  assignSimilarity: 0.3,
  centroidFeatures: 300,
};

export function resolveOptions(options?: Partial<ClusterOptions>): ClusterOptions {
  return {
    ...defaultClusterOptions,
    ...options,
    weights: { ...defaultClusterOptions.weights, ...options?.weights },
  };
}
