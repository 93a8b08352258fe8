import type { Command } from 'commander';
import { assignToCentroids, centroidsOf, clusterQuestions } from '../cluster/index.js';
import { reconcileTopics } from '../cluster/reconcile.js';
import type { Db } from '../store/database.js';
import {
  applyTopicPlan,
  assignQuestions,
  loadCentroids,
  loadClusterItems,
  loadPreviousTopics,
  loadTopicMembers,
  saveCentroids,
} from '../store/topics.js';
import { report, say, withStore } from './context.js';

/** The `faqtory cluster --json` summary. */
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

export function registerClusterCommand(program: Command): void {
  program
    .command('cluster')
    .description("group the questions into topics, keeping editors' decisions")
    .option('--incremental', 'only place questions that have no topic yet into the existing topics')
    .action(async (options: { incremental?: boolean }, command: Command) => {
      const summary = await withStore(command, (db) => (options.incremental ? clusterIncrementally(db) : clusterFully(db)));
      report(command, summary, () => describe(summary));
    });
}

/** Re-clusters every question and reconciles the result with the topics editors already know. */
export function clusterFully(db: Db): ClusterSummary {
  const started = Date.now();
  const items = loadClusterItems(db, 'all');
  say(`Clustering ${items.length} questions...`);
  const clustering = clusterQuestions(items);
  say(`Found ${clustering.groups.length} groups; matching them with the existing topics...`);
  // One transaction: a failure leaves the previous topics, memberships and centroids untouched,
  // and decisions an editor made while the clustering ran are read inside it, so none is lost.
  const applied = db.transaction(() => {
    const result = applyTopicPlan(db, reconcileTopics(loadPreviousTopics(db), clustering));
    saveCentroids(db, centroidsOf(loadTopicMembers(db)));
    return result;
  }).immediate();
  return {
    mode: 'full',
    questions: items.length,
    topics: countTopics(db),
    ...applied,
    seconds: elapsed(started),
  };
}

/** Places only questions without a topic, against the centroids the last full clustering stored. */
export function clusterIncrementally(db: Db): ClusterSummary {
  const started = Date.now();
  const centroids = loadCentroids(db);
  if (centroids.length === 0) {
    say('There are no topics to add to yet, so this run clusters all questions.');
    return clusterFully(db);
  }
  const items = loadClusterItems(db, 'unassigned');
  say(`Placing ${items.length} questions without a topic into ${centroids.length} topics...`);
  const assignments = assignToCentroids(items, centroids);
  const assigned = assignQuestions(db, assignments);
  return {
    mode: 'incremental',
    questions: items.length,
    topics: countTopics(db),
    created: 0,
    kept: centroids.length,
    removed: 0,
    assigned,
    unassigned: items.length - assigned,
    seconds: elapsed(started),
  };
}

function countTopics(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM topics WHERE merged_into IS NULL').get() as { n: number }).n;
}

function elapsed(started: number): number {
  return Math.round((Date.now() - started) / 10) / 100;
}

function describe(summary: ClusterSummary): string {
  if (summary.mode === 'incremental') {
    return (
      `Placed ${summary.assigned} of ${summary.questions} new questions into existing topics ` +
      `(${summary.unassigned} fit no topic; run "faqtory cluster" to find new topics) in ${summary.seconds} s.`
    );
  }
  return (
    `${summary.topics} topics from ${summary.questions} questions: ${summary.kept} kept, ` +
    `${summary.created} new, ${summary.removed} gone; ${summary.unassigned} questions fit no topic. ` +
    `(${summary.seconds} s) See them with "faqtory topics".`
  );
}
