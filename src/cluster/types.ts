import type { Lang } from '../model.js';

/** A question as clustering sees it. `id` is the store's question id (or any unique number). */
export interface ClusterItem {
  id: number;
  text: string;
  lang: Lang;
  /**
   * The shop's (redacted) reply to the question, when it answered: questions the shop answered
   * alike belong together even when worded apart. Null or absent = cluster on wording alone.
   */
  reply?: string | null;
}

/** One group of questions that ask the same thing. */
export interface ClusterGroup {
  /** Item ids, most representative first. */
  members: number[];
  /** The item whose text becomes the topic label (the most central question). */
  representative: number;
  /** Top keywords (readable words, not stems), most characteristic first. */
  keywords: string[];
}

/**
 * What incremental assignment needs to place new questions into existing topics without
 * re-clustering: one sparse centroid per topic in the same vector space as `vectorize` builds.
 */
export interface TopicCentroid {
  topicId: number;
  /** Sparse unit vector: feature index -> weight. */
  vector: Map<number, number>;
}

export interface Clustering {
  groups: ClusterGroup[];
  /** Items that belong to no group ("other"). */
  unclustered: number[];
}
