import type { Channel, Lang } from './conversation.js';

/** Topic shapes that cross stages: the store loads and saves them, cluster computes them. */

export type TopicStatus = 'new' | 'draft' | 'published' | 'ignored';

export const TOPIC_STATUSES: readonly TopicStatus[] = ['new', 'draft', 'published', 'ignored'];

export function isTopicStatus(value: string): value is TopicStatus {
  return (TOPIC_STATUSES as readonly string[]).includes(value);
}

/** A question as clustering sees it. `id` is the store's question id (or any unique number). */
export interface ClusterItem {
  id: number;
  text: string;
  lang: Lang;
  /**
   * The shop's (redacted) reply that answered the question: a second clue to what was asked.
   * Null or absent when the shop did not answer (or the source has no replies: plain text).
   */
  reply?: string | null;
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

/**
 * Stored centroids with the vector space they live in (a fingerprint of the feature options and
 * the feature code's version): vectors of two spaces must never be compared.
 */
export interface StoredCentroids {
  space: string | null;
  centroids: TopicCentroid[];
}

/** A topic as the store holds it before re-clustering, with the editors' decisions on it. */
export interface PreviousTopic {
  id: number;
  status: TopicStatus;
  hasAnswer: boolean;
  /** Set when an editor merged this topic into another one. */
  mergedInto: number | null;
  /** Ids of the questions whose topic_id is this topic now. */
  members: number[];
  /** The subset of `members` an editor moved here by hand (questions.pinned = 1). */
  pinned: number[];
}

/** One topic after reconciliation: `id` null means a topic to create. */
export interface PlannedTopic {
  id: number | null;
  /** Final members, most representative first. */
  members: number[];
  /** The question whose text becomes the label; null keeps the existing label (a group-less survivor). */
  representative: number | null;
  keywords: string[] | null;
}

export interface TopicPlan {
  topics: PlannedTopic[];
  /** Old topics that no group carries on and no editor decision protects: delete them. */
  removed: number[];
  /** Questions that end up in no topic. */
  unassigned: number[];
}

/** One question as ranking sees it. */
export interface RankedQuestion {
  /** Hashed customer identity; null when the log did not say who asked. */
  customer: string | null;
  askedAt: Date | null;
  /** The conversation it was asked in: one customer asking twice in one chat is not a repeat contact. */
  conversation: number;
}

/**
 * Why a topic ranks where it does. Every part is in "questions": the total is their plain sum,
 * so an editor can read the score off the parts.
 */
export interface TopicScore {
  total: number;
  /** Distinct customers who asked (a question with no known customer counts as its own customer). */
  customers: number;
  /** Questions weighted by age: 1 for the newest, 0.5 one half-life earlier, and so on. */
  recency: number;
  /** How many more questions arrived in the last window than in the one before (never negative). */
  growth: number;
  /** Later conversations in which a customer asked this topic again. */
  repeats: number;
  questions: number;
}

/** What ranking needs of one topic, as the store keeps it. */
export interface TopicRankingInput {
  topicId: number;
  questions: RankedQuestion[];
  /** Questions per language, for the topic's majority language. */
  langs: Map<string, number>;
}

/** A topic's recomputed figures, to be saved. */
export interface TopicStats {
  topicId: number;
  size: number;
  score: TopicScore;
  /** Null keeps the stored language (a topic left without questions). */
  lang: string | null;
}

/** A reply the shop gave to a topic's questions: its wording, how many times, on which channels. */
export interface GivenReply {
  text: string;
  count: number;
  channels: Channel[];
}

/** A fact the answer variants state differently (`variant` indexes `answerVariants`). */
export interface ReplyConflict {
  fact: string;
  statements: { variant: number; values: string[] }[];
}

/**
 * What the shop has told customers who asked a topic's questions: the reply an editor can start
 * from, the variants, and whether they contradict each other (14 days here, 30 days there).
 */
export interface TopicReplies {
  suggestedAnswer: GivenReply | null;
  /** Most frequent first. */
  answerVariants: GivenReply[];
  consistent: boolean;
  conflicts: ReplyConflict[];
}

/** A topic without stored replies (none given, or imported before replies were kept). */
export const NO_TOPIC_REPLIES: TopicReplies = { suggestedAnswer: null, answerVariants: [], consistent: true, conflicts: [] };
