import { Cron } from 'croner';
import type { SiteTemplates } from '../publish/render-site.js';
import { addBuildTrigger } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { DEFAULT_BUILD_SCHEDULE, getSetting, getShopTimeZone, SETTING } from '../store/settings.js';
import { buildSite, type BuildResult } from './build-site.js';
import type { ProgressObserver } from './observer.js';
import { runPipeline, type PipelineSummary } from './run-pipeline.js';
import { checkCronPattern, SCHEDULE_OFF } from './settings-schema.js';

export { SCHEDULE_OFF };

/** What fires scheduled runs: given the run, it calls it when due. Cron by default; tests fire it by hand. */
export type ScheduleTrigger = (run: () => Promise<void>) => { nextRun(): Date | null; stop(): void };

export interface SchedulerOptions {
  /** A cron pattern, or 'off'. Ignored when `trigger` is given. */
  schedule: string;
  outDir: string;
  trigger?: ScheduleTrigger;
  /** Called after every scheduled run, with its summary or the reason it failed. */
  onScheduledRun?: (outcome: { summary?: PipelineSummary; error?: Error }) => void;
  observer?: ProgressObserver;
  templates?: SiteTemplates;
  /** Where the site's "Was this helpful?" buttons post, when this process serves the site. */
  feedbackUrl?: string;
}

export interface Scheduler {
  /**
   * Builds now. While a build runs, further requests do not start another one: they wait for
   * the running build and get its result, and their trigger is added to its `builds` row.
   */
  buildNow(trigger: string): Promise<BuildResult>;
  nextRun(): Date | null;
  /** Stops the schedule; resolves once a run or build that is going on has finished (the store may then be closed). */
  stop(): Promise<void>;
}

/** The schedule from the command line, then FAQTORY_SCHEDULE, then the settings, then hourly. */
export function resolveSchedule(db: Db, option: string | undefined): string {
  const schedule = (option ?? process.env.FAQTORY_SCHEDULE ?? getSetting(db, SETTING.buildSchedule) ?? DEFAULT_BUILD_SCHEDULE).trim();
  return schedule === SCHEDULE_OFF ? schedule : checkCronPattern(schedule);
}

/** Fires on a cron pattern; `protect` skips a tick while the previous run still goes. */
export function cronTrigger(schedule: string, timeZone?: string): ScheduleTrigger {
  return (run) => {
    if (schedule === SCHEDULE_OFF) return { nextRun: () => null, stop: () => undefined };
    // The pattern is read in the shop's time zone, as the settings page shows its next runs.
    const job = new Cron(schedule, { protect: true, timezone: timeZone }, run);
    return { nextRun: () => job.nextRun(), stop: () => job.stop() };
  };
}

/**
 * One build at a time for the whole process (editor, schedule), and the scheduled pipeline
 * (assign new questions, rebuild if something published changed) on the trigger.
 */
export function startScheduler(db: Db, options: SchedulerOptions): Scheduler {
  let running: Promise<BuildResult | null> | null = null;
  let runningId: number | null = null;
  let waitingTriggers: string[] = [];

  const build = (trigger: string): Promise<BuildResult> =>
    buildSite(db, {
      outDir: options.outDir,
      trigger,
      templates: options.templates,
      feedbackUrl: options.feedbackUrl,
      onStarted: (id) => {
        runningId = id;
        for (const waiting of waitingTriggers) addBuildTrigger(db, id, waiting);
        waitingTriggers = [];
      },
    });

  /** Runs `job` unless a run is going on, which `trigger` then joins. */
  function exclusive(trigger: string, job: () => Promise<BuildResult | null>): Promise<BuildResult | null> {
    if (running) {
      if (runningId === null) waitingTriggers.push(trigger);
      else addBuildTrigger(db, runningId, trigger);
      return running;
    }
    running = job().finally(() => {
      running = null;
      runningId = null;
      waitingTriggers = [];
    });
    return running;
  }

  async function buildNow(trigger: string): Promise<BuildResult> {
    // A joined scheduled run may have found nothing to rebuild: then this request builds itself.
    for (;;) {
      const result = await exclusive(trigger, () => build(trigger));
      if (result) return result;
    }
  }

  let scheduledRun: Promise<void> | null = null;
  // The scheduler's catch boundary: a failed run is reported and the next one still comes.
  const timer = (options.trigger ?? cronTrigger(options.schedule, getShopTimeZone(db)))(async () => {
    scheduledRun = runScheduled();
    await scheduledRun;
    scheduledRun = null;
  });

  async function runScheduled(): Promise<void> {
    try {
      let summary: PipelineSummary | undefined;
      await exclusive('schedule', async () => {
        summary = await runPipeline(db, { outDir: options.outDir, trigger: 'schedule', feedbackUrl: options.feedbackUrl, build }, options.observer);
        return summary.build;
      });
      options.onScheduledRun?.({ summary });
    } catch (error) {
      options.onScheduledRun?.({ error: error as Error });
    }
  }

  async function stop(): Promise<void> {
    timer.stop();
    await Promise.allSettled([running, scheduledRun]);
  }

  return { buildNow, nextRun: () => timer.nextRun(), stop };
}
