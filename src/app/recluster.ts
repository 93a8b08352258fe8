import { centroidsOf, clusterQuestions, reconcileTopics, vectorSpaceOf, type ClusterOverrides } from '../cluster/index.js';
import { saveCentroids } from '../store/centroids.js';
import { loadClusterItems, loadPreviousTopics, loadTopicMembers } from '../store/cluster-inputs.js';
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
  const clustering = clusterQuestions(items, input.options);
  observer.step?.(`Found ${clustering.groups.length} groups; matching them with the existing topics...`);
  // One transaction: a failure leaves the previous topics, memberships and centroids untouched,
  // and decisions an editor made while the clustering ran are read inside it, so none is lost.
  const applied = writeTransaction(db, () => {
    const result = applyTopicPlan(db, reconcileTopics(loadPreviousTopics(db), clustering), now);
    rescoreTopics(db, now);
    saveCentroids(db, vectorSpaceOf(input.options), centroidsOf(loadTopicMembers(db), input.options));
    return result;
  });
  return { mode: 'full', questions: items.length, topics: countStandingTopics(db), ...applied, seconds: secondsSince(started) };
}

export function secondsSince(started: number): number {
  return Math.round((Date.now() - started) / 10) / 100;
}
