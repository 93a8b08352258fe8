import { assignToCentroids, vectorSpaceOf } from '../cluster/index.js';
import { loadCentroids } from '../store/centroids.js';
import { loadClusterItems } from '../store/cluster-inputs.js';
import type { Db } from '../store/database.js';
import { assignQuestions } from '../store/topic-plan.js';
import { countStandingTopics } from '../store/topic-list.js';
import type { ProgressObserver } from './observer.js';
import { recluster, secondsSince, type ClusterInput, type ClusterSummary } from './recluster.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

/**
 * Places only questions without a topic, against the centroids the last full clustering
 * stored. Falls back to a full clustering when there are no centroids yet or they were computed
 * in another vector space (other feature options or feature code): such vectors cannot be compared.
 */
export function assignNewQuestions(db: Db, input: ClusterInput = {}, observer: ProgressObserver = {}): ClusterSummary {
  const started = Date.now();
  const now = input.now ?? new Date();
  const stored = loadCentroids(db);
  if (stored.centroids.length === 0) {
    observer.step?.('There are no topics to add to yet, so this run clusters all questions.');
    return recluster(db, input, observer);
  }
  if (stored.space !== vectorSpaceOf(input.options)) {
    observer.step?.('The topics were computed with other clustering settings, so this run clusters all questions again.');
    return recluster(db, input, observer);
  }
  const items = loadClusterItems(db, 'unassigned');
  observer.step?.(`Placing ${items.length} questions without a topic into ${stored.centroids.length} topics...`);
  const assignments = assignToCentroids(items, stored.centroids, input.options);
  const assigned = writeTransaction(db, () => {
    const moved = assignQuestions(db, assignments);
    rescoreTopics(db, now);
    return moved;
  });
  return {
    mode: 'incremental',
    questions: items.length,
    topics: countStandingTopics(db),
    created: 0,
    kept: stored.centroids.length,
    removed: 0,
    assigned,
    unassigned: items.length - assigned,
    seconds: secondsSince(started),
  };
}
