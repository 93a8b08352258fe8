import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATOR, resolveSchedule, saveAnswer, startScheduler, type PipelineSummary, type ScheduleTrigger } from '../../src/app/index.js';
import { BuildError, ConfigError } from '../../src/errors.js';
import { currentProcess, isProcessAlive } from '../../src/process-identity.js';
import { listRecentBuilds, startBuild } from '../../src/store/builds.js';
import { setSetting, SETTING } from '../../src/store/settings.js';
import { seedStore, type SeededStore } from '../curate/seed.js';
import { seedImport } from '../helpers/seed-import.js';

/** A trigger the test fires by hand instead of waiting for the clock. */
function manualTrigger(): { trigger: ScheduleTrigger; fire(): Promise<void>; stopped: () => boolean } {
  let run: (() => Promise<void>) | null = null;
  let stopped = false;
  return {
    trigger: (scheduled) => {
      run = scheduled;
      return { nextRun: () => null, stop: () => void (stopped = true) };
    },
    fire: () => run!(),
    stopped: () => stopped,
  };
}

describe('scheduler', () => {
  let store: SeededStore;
  beforeEach(() => {
    store = seedStore();
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'W 14 dni.', publish: true, actor: OPERATOR });
  });
  afterEach(() => store.cleanup());

  it('runs one build for two triggers at once and records both triggers on it', async () => {
    const scheduler = startScheduler(store.db, { schedule: 'off', outDir: store.outDir });
    const [first, second] = await Promise.all([scheduler.buildNow('editor'), scheduler.buildNow('cli')]);
    expect(second.buildId).to.equal(first.buildId);
    const builds = listRecentBuilds(store.db);
    expect(builds).to.have.length(1);
    expect(builds[0]).to.include({ status: 'ok', trigger: 'editor+cli', entries: 1 });
    expect(readFileSync(join(store.outDir, 'index.html'), 'utf8')).to.contain('W 14 dni.');
    // Once the build is over, the next request builds again.
    const third = await scheduler.buildNow('editor');
    expect(third.buildId).to.not.equal(first.buildId);
    scheduler.stop();
  });

  it('on schedule places new questions, rebuilds only when something published changed', async () => {
    const clock = manualTrigger();
    const runs: PipelineSummary[] = [];
    const scheduler = startScheduler(store.db, {
      schedule: 'off',
      outDir: store.outDir,
      trigger: clock.trigger,
      onScheduledRun: ({ summary, error }) => {
        if (error) throw error;
        runs.push(summary!);
      },
    });
    await clock.fire();
    expect(runs[0]!.build).to.include({ entries: 1 });
    expect(runs[0]!.clustering.mode).to.equal('full', 'no centroids were stored yet');
    // A question that arrives later is placed into the existing topics by the next run...
    seedImport(store.db, [{ text: 'Jak mogę zwrócić buty, które są za duże?', askedAt: '2024-04-30T09:00:00.000Z' }]);
    const waiting = store.db.prepare('SELECT COUNT(*) AS n FROM questions WHERE topic_id IS NULL').get() as { n: number };
    await clock.fire();
    expect(runs[1]!.clustering).to.include({ mode: 'incremental', questions: waiting.n });
    // ...and with no answer changed, the site is not rebuilt.
    expect(runs[1]!.build).to.equal(null);
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'W 30 dni.', publish: true, actor: OPERATOR });
    await clock.fire();
    expect(runs[2]!.build).to.not.equal(null);
    expect(readFileSync(join(store.outDir, 'index.html'), 'utf8')).to.contain('W 30 dni.');
    expect(listRecentBuilds(store.db).map((build) => build.trigger)).to.deep.equal(['schedule', 'schedule']);
    scheduler.stop();
    expect(clock.stopped()).to.equal(true);
  });

  it('lets an editor who asks during a scheduled run join its build', async () => {
    const clock = manualTrigger();
    const scheduler = startScheduler(store.db, { schedule: 'off', outDir: store.outDir, trigger: clock.trigger });
    // The scheduled run is placing questions (synchronously) when the editor's request arrives.
    const scheduled = clock.fire();
    const editor = scheduler.buildNow('editor');
    await Promise.all([scheduled, editor]);
    const builds = listRecentBuilds(store.db);
    expect(builds).to.have.length(1);
    expect(builds[0]).to.include({ status: 'ok', trigger: 'schedule+editor' });
  });

  it('refuses to start while another process has a build running', async () => {
    // A build recorded by a live process (this one stands in for it).
    startBuild(store.db, 'other-process', store.outDir, { process: currentProcess(), isAlive: isProcessAlive });
    const scheduler = startScheduler(store.db, { schedule: 'off', outDir: store.outDir });
    const error = await scheduler.buildNow('editor').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BuildError);
    expect((error as Error).message).to.contain('still running');
    expect(listRecentBuilds(store.db)).to.have.length(1);
  });

  it('takes the schedule from the option, then the environment, then settings, and checks it', () => {
    const saved = process.env.FAQTORY_SCHEDULE;
    try {
      delete process.env.FAQTORY_SCHEDULE;
      expect(resolveSchedule(store.db, undefined)).to.equal('0 * * * *');
      setSetting(store.db, SETTING.buildSchedule, '*/15 * * * *');
      expect(resolveSchedule(store.db, undefined)).to.equal('*/15 * * * *');
      process.env.FAQTORY_SCHEDULE = '0 6 * * *';
      expect(resolveSchedule(store.db, undefined)).to.equal('0 6 * * *');
      expect(resolveSchedule(store.db, 'off')).to.equal('off');
      expect(() => resolveSchedule(store.db, 'every hour')).to.throw(ConfigError, /cron/);
    } finally {
      if (saved === undefined) delete process.env.FAQTORY_SCHEDULE;
      else process.env.FAQTORY_SCHEDULE = saved;
    }
  });
});
