import type { PipelineSummary } from '../app/index.js';

/** One run of the pipeline in a sentence, for `faqtory run --once` and the log of `faqtory serve`. */
export function describeRun(summary: PipelineSummary, label = 'Run'): string {
  const parts: string[] = [];
  if (summary.inbox) {
    const imported = summary.inbox.files.filter((file) => file.outcome === 'imported').length;
    const rejected = summary.inbox.files.filter((file) => file.outcome === 'rejected');
    parts.push(
      summary.inbox.files.length === 0
        ? 'no new files in the inbox'
        : `${imported} new file${imported === 1 ? '' : 's'} imported with ${summary.inbox.questions} questions` +
            (rejected.length ? `, ${rejected.length} rejected (${rejected.map((file) => file.reason).join('; ')})` : ''),
    );
  }
  parts.push(`${summary.clustering.assigned} new question${summary.clustering.assigned === 1 ? '' : 's'} placed into topics`);
  parts.push(
    summary.build
      ? `${summary.build.entries} answer${summary.build.entries === 1 ? '' : 's'} written to ${summary.build.outDir}/`
      : 'nothing published changed, the site was left as it is',
  );
  return `${label} ${summary.runId}: ${parts.join('; ')}.`;
}
