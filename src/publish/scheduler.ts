import { Cron } from 'croner';
import { ConfigError } from '../errors.js';
import { addBuildTrigger } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { DEFAULT_BUILD_SCHEDULE, getSetting, SETTING } from '../store/settings.js';
import { buildSite, type BuildResult } from './build-site.js';
import type { SiteTemplates } from './render-site.js';

/** Schedule value that turns scheduled builds off (manual builds still work). */
export const SCHEDULE_OFF = 'off';

export interface SchedulerOptions {
  /** A cron pattern, or 'off'. */
  schedule: string;
  outDir: string;
  /** Runs before each scheduled build, e.g. to place newly imported questions into topics. */
  beforeBuild?: (db: Db) => Promise<void> | void;
  /** Called after every scheduled build, with its result or the reason it failed. */
  onScheduledBuild?: (outcome: { result?: BuildResult; error?: Error }) => void;
  templates?: SiteTemplates;
}

export interface Scheduler {
  /**
   * Builds now. While a build runs, further requests do not start another one: they wait for
   * the running build and get its result, and their trigger is added to its `builds` row.
   */
  buildNow(trigger: string): Promise<BuildResult>;
  nextRun(): Date | null;
  stop(): void;
}

/** The schedule from the command line, then FAQTORY_SCHEDULE, then the settings, then hourly. */
export function resolveSchedule(db: Db, option: string | undefined): string {
  const schedule = (
    option ??
    process.env.FAQTORY_SCHEDULE ??
    getSetting(db, SETTING.buildSchedule) ??
    DEFAULT_BUILD_SCHEDULE
  ).trim();
  if (schedule === SCHEDULE_OFF) return schedule;
  try {
    new Cron(schedule, { paused: true }).stop();
  } catch (error) {
    throw new ConfigError(
      `The build schedule "${schedule}" is not a cron pattern (${(error as Error).message}). ` +
        `Use e.g. "0 * * * *" for every hour, or "${SCHEDULE_OFF}".`,
      'schedule',
    );
  }
  return schedule;
}

export function startScheduler(db: Db, options: SchedulerOptions): Scheduler {
  let running: Promise<BuildResult> | null = null;
  let runningId: number | null = null;
  let waitingTriggers: string[] = [];

  function run(trigger: string, beforeBuild?: SchedulerOptions['beforeBuild']): Promise<BuildResult> {
    if (running) {
      if (runningId === null) waitingTriggers.push(trigger);
      else addBuildTrigger(db, runningId, trigger);
      return running;
    }
    running = (async () => {
      if (beforeBuild) await beforeBuild(db);
      return buildSite(db, {
        outDir: options.outDir,
        trigger,
        templates: options.templates,
        onStarted: (id) => {
          runningId = id;
          for (const waiting of waitingTriggers) addBuildTrigger(db, id, waiting);
          waitingTriggers = [];
        },
      });
    })().finally(() => {
      running = null;
      runningId = null;
      waitingTriggers = [];
    });
    return running;
  }

  const job =
    options.schedule === SCHEDULE_OFF
      ? null
      : new Cron(options.schedule, { protect: true }, async () => {
          try {
            options.onScheduledBuild?.({ result: await run('schedule', options.beforeBuild) });
          } catch (error) {
            options.onScheduledBuild?.({ error: error as Error });
          }
        });

  return {
    buildNow: (trigger) => run(trigger),
    nextRun: () => job?.nextRun() ?? null,
    stop: () => job?.stop(),
  };
}
