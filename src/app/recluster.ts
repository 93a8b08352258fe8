import { centroidsOf, clusterQuestions, reconcileTopics, vectorSpaceOf, type ClusterOverrides, type ClusterProgress } from '../cluster/index.js';
import { saveCentroids } from '../store/centroids.js';
import { loadClusterItems, loadPreviousTopics, loadTopicMemberIds } from '../store/cluster-inputs.js';
import type { ClusterItem } from '../model.js';
import type { Db } from '../store/database.js';
import { applyTopicPlan } from '../store/topic-plan.js';
import { countStandingTopics } from '../store/topic-list.js';
import type { ProgressObserver } from './observer.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

/** The `faqtory cluster --json` summary (see README "JSON output and message refs"). */
export interface ClusterSummary {
  mode: 'full' | 'incremental';
  questions: number;
  topics: number;
  created: number;
  kept: number;
  removed: number;
  assigned: number;
  unassigned: number;
  seconds: number;
}

export interface ClusterInput {
  now?: Date;
  /** Clustering knobs; defaults are cluster's. */
  options?: ClusterOverrides;
}

/** Re-clusters every question and reconciles the result with the topics editors already know. */
export function recluster(db: Db, input: ClusterInput = {}, observer: ProgressObserver = {}): ClusterSummary {
  const started = Date.now();
  const now = input.now ?? new Date();
  const items = loadClusterItems(db, 'all');
  observer.step?.(`Clustering ${items.length} questions...`);
  const clustering = clusterQuestions(items, input.options, clusterProgress(observer));
  observer.step?.(`Found ${clustering.groups.length} groups; matching them with the existing topics...`);
  // One transaction: a failure leaves the previous topics, memberships and centroids untouched,
  // and decisions an editor made while the clustering ran are read inside it, so none is lost.
  const applied = writeTransaction(db, () => {
    const result = applyTopicPlan(db, reconcileTopics(loadPreviousTopics(db), clustering), now);
    rescoreTopics(db, now);
    saveCentroids(db, vectorSpaceOf(input.options), centroidsOf(topicMembers(db, items), input.options));
    return result;
  });
  return { mode: 'full', questions: items.length, topics: countStandingTopics(db), ...applied, seconds: secondsSince(started) };
}

/** Steps worth a line on a long run: learning from a sample, and placing the rest every tenth. */
function clusterProgress(observer: ProgressObserver): ClusterProgress {
  let reported = 0;
  return {
    learning: (count, total) => {
      if (count < total) observer.step?.(`Learning topics from an even sample of ${count} of ${total} questions...`);
    },
    placing: (done, total) => {
      if (done === total || done - reported >= total / 10) {
        observer.step?.(`Placed ${done} of ${total} questions on the topics...`);
        reported = done === total ? 0 : done;
      }
    },
  };
}

/**
 * Each topic with its questions as stored now (the plan kept editors' moves and merges), taken
 * from the items already in memory: every topic member was clustered (only questions pinned
 * outside all topics are not).
 */
function topicMembers(db: Db, items: readonly ClusterItem[]): { topicId: number; items: ClusterItem[] }[] {
  return [...loadTopicMemberIds(db)]
    .sort((a, b) => a[0] - b[0])
    .map(([topicId, ids]) => ({ topicId, items: ids.map((id) => itemWithId(items, id)).filter((item) => item !== undefined) }));
}

/** Items are loaded in id order: a binary search, where a map of a million ids would cost memory. */
function itemWithId(items: readonly ClusterItem[], id: number): ClusterItem | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = items[middle]!.id;
    if (at === id) return items[middle];
    if (at < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

export function secondsSince(started: number): number {
  return Math.round((Date.now() - started) / 10) / 100;
}
