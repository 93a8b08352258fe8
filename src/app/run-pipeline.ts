import { because } from '../error-reasons.js';
import { ConflictError, FaqtoryError } from '../errors.js';
import { currentProcess, isProcessAlive } from '../process-identity.js';
import type { SiteTemplates } from '../publish/render-site.js';
import { lastBuildDigest } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { finishRun, lockRun, recordRunChanges, type RunHolder } from '../store/pipeline-runs.js';
import { getSetting, getShopAddresses, SETTING } from '../store/settings.js';
import { assignNewQuestions } from './assign-new-questions.js';
import { buildSite, siteDigest, type BuildResult } from './build-site.js';
import { importInbox, type InboxSummary } from './import-inbox.js';
import type { ImportObserver } from './import-logs.js';
import type { ProgressObserver } from './observer.js';
import type { ClusterSummary } from './recluster.js';

export interface PipelineInput {
  outDir: string;
  /** Who started the run: 'schedule' (faqtory serve), 'cron' (faqtory run --once). Recorded with the run. */
  trigger: string;
  templates?: SiteTemplates;
  /** Where the site's "Was this helpful?" buttons post (see BuildInput). */
  feedbackUrl?: string;
  /** Runs the build; the scheduler passes its own so that builds share one lock. */
  build?: (trigger: string) => Promise<BuildResult>;
  now?: Date;
}

export interface PipelineSummary {
  runId: number;
  /** Null when no inbox folder is set (setting import.inbox). */
  inbox: InboxSummary | null;
  clustering: ClusterSummary;
  /** Null when nothing the site is built from changed since the last successful build. */
  build: BuildResult | null;
}

/** This process as the holder of the run lock; others are judged alive by their recorded process. */
const THIS_PROCESS: RunHolder = { process: currentProcess(), isAlive: isProcessAlive };

/**
 * What runs on schedule: import the files new in the inbox folder, place the new questions
 * into the existing topics, then rebuild the site only if something published changed
 * (answers, their order, wordings, site settings). One run at a time across processes (a
 * lock row naming the process); every run is recorded with what it changed, how long it took
 * and why it failed. A failed run leaves the previous site in place.
 */
export async function runPipeline(
  db: Db,
  input: PipelineInput,
  observer: ProgressObserver & ImportObserver = {},
): Promise<PipelineSummary> {
  const lock = lockRun(db, input.trigger, THIS_PROCESS, input.now);
  if ('busy' in lock) {
    throw new ConflictError(
      because('pipeline.busy', { startedAt: lock.busy.startedAt, trigger: lock.busy.trigger }),
      'pipeline run',
      lock.busy.id,
    );
  }
  const { runId } = lock;
  try {
    const inboxDir = getSetting(db, SETTING.importInbox)?.trim();
    let inbox: InboxSummary | null = null;
    let rejected: string[] = [];
    if (inboxDir) {
      observer.step?.(`Looking for new files in ${inboxDir}...`);
      const doneDir = getSetting(db, SETTING.importDone)?.trim() || undefined;
      inbox = await importInbox(db, { inbox: inboxDir, doneDir, shop: getShopAddresses(db), now: input.now }, observer);
      rejected = inbox.files.filter((file) => file.outcome === 'rejected').map((file) => file.reason ?? file.file);
      recordRunChanges(db, runId, {
        filesImported: inbox.files.filter((file) => file.outcome === 'imported').length,
        filesRejected: rejected.length,
        questionsAdded: inbox.questions,
      });
    }
    const clustering = assignNewQuestions(db, { now: input.now }, observer);
    recordRunChanges(db, runId, { questionsAssigned: clustering.assigned });
    let build: BuildResult | null = null;
    if (lastBuildDigest(db, input.outDir) === (await siteDigest(db, input.feedbackUrl, input.templates))) {
      observer.step?.(`Nothing published changed; the site in ${input.outDir}/ is up to date.`);
    } else {
      const run = input.build ?? ((trigger: string) => buildSite(db, { outDir: input.outDir, trigger, templates: input.templates, feedbackUrl: input.feedbackUrl }));
      build = await run(input.trigger);
      recordRunChanges(db, runId, { buildId: build.buildId });
    }
    // Rejected files do not fail the run (the rest was imported), but their reasons are shown with it.
    finishRun(db, runId, 'ok', rejected.length ? rejected.join('\n') : null);
    return { runId, inbox, clustering, build };
  } catch (error) {
    finishRun(db, runId, 'failed', error instanceof FaqtoryError ? error.message : `Unexpected error: ${(error as Error).message}`);
    throw error;
  }
}
