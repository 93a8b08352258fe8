import type { ClusterItem, TopicCentroid } from '../model.js';

// Shapes shared with the store live in model/; re-exported for cluster's own modules.
export type { ClusterItem, TopicCentroid };

/** One group of questions that ask the same thing. */
export interface ClusterGroup {
  /** Item ids, most representative first. */
  members: number[];
  /** The item whose text becomes the topic label: the best-written of the most central questions. */
  representative: number;
  /** Top keywords (readable words, not stems), most characteristic first. */
  keywords: string[];
}

export interface Clustering {
  groups: ClusterGroup[];
  /** Items that belong to no group ("other"). */
  unclustered: number[];
}

/** What a long clustering tells its caller as it goes (a million questions take a minute). */
export interface ClusterProgress {
  /** Topics are being learned from `count` questions (a sample when fewer than all). */
  learning?(count: number, total: number): void;
  /** `done` of the `total` questions not learned from are placed on the topics. */
  placing?(done: number, total: number): void;
}
