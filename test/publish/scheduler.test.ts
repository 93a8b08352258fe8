import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, ConfigError } from '../../src/errors.js';
import { resolveSchedule, startScheduler } from '../../src/publish/scheduler.js';
import { saveAnswer } from '../../src/store/answers.js';
import { listRecentBuilds, startBuild } from '../../src/store/builds.js';
import { setSetting, SETTING } from '../../src/store/settings.js';
import { setTopicStatus } from '../../src/store/topic-edits.js';
import { seedStore, type SeededStore } from '../curate/seed.js';

describe('scheduler', () => {
  let store: SeededStore;
  beforeEach(() => {
    store = seedStore();
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'W 14 dni.', userId: null });
    setTopicStatus(store.db, store.topicIds.returns, 'published');
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

  it('runs the hook before scheduled builds, never overlapping a manual one', async () => {
    const order: string[] = [];
    const scheduler = startScheduler(store.db, {
      schedule: '* * * * * *',
      outDir: store.outDir,
      beforeBuild: async () => {
        order.push('hook');
        await new Promise((resolve) => setTimeout(resolve, 50));
      },
      onScheduledBuild: ({ result, error }) => order.push(result ? `scheduled ${result.buildId}` : `error ${error?.message}`),
    });
    try {
      const deadline = Date.now() + 3000;
      while (!order.some((step) => step.startsWith('scheduled')) && Date.now() < deadline) {
        if (order.includes('hook')) await scheduler.buildNow('editor');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      scheduler.stop();
    }
    expect(order[0]).to.equal('hook');
    const builds = listRecentBuilds(store.db, 50);
    expect(builds.length).to.be.greaterThan(0);
    expect(builds.every((build) => build.status === 'ok')).to.equal(true);
    // The editor's request arrived while the scheduled run was in its hook: it joined that build.
    expect(builds.map((build) => build.trigger)).to.include('schedule+editor');
  });

  it('refuses to start while another process has a build running', async () => {
    startBuild(store.db, 'other-process', store.outDir);
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
