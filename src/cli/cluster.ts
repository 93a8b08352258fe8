import type { Command } from 'commander';
import { assignNewQuestions } from '../app/assign-new-questions.js';
import { recluster, type ClusterSummary } from '../app/recluster.js';
import { progressToTerminal, report, withStore } from './context.js';

export function registerClusterCommand(program: Command): void {
  program
    .command('cluster')
    .description("group the questions into topics, keeping editors' decisions")
    .option('--incremental', 'only place questions that have no topic yet into the existing topics')
    .action(async (options: { incremental?: boolean }, command: Command) => {
      const run = options.incremental ? assignNewQuestions : recluster;
      const summary = await withStore(command, (db) => run(db, {}, progressToTerminal));
      report(command, summary, () => describe(summary));
    });
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
