import { expect } from 'chai';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATOR, runPipeline, saveAnswer, startScheduler, type PipelineSummary, type ScheduleTrigger } from '../../src/app/index.js';
import { ConflictError } from '../../src/errors.js';
import { currentProcess, isProcessAlive } from '../../src/process-identity.js';
import { listRecentBuilds } from '../../src/store/builds.js';
import { getRun, listRecentRuns, lockRun } from '../../src/store/pipeline-runs.js';
import { setSetting, SETTING } from '../../src/store/settings.js';
import { seedStore, type SeededStore } from '../curate/seed.js';

const CLI_FIXTURES = fileURLToPath(new URL('../../../test/fixtures/cli/', import.meta.url));

/** Every file of a folder with its content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** A trigger the test fires by hand instead of waiting for the clock. */
function manualTrigger(): { trigger: ScheduleTrigger; fire(): Promise<void> } {
  let run: (() => Promise<void>) | null = null;
  return {
    trigger: (scheduled) => {
      run = scheduled;
      return { nextRun: () => null, stop: () => undefined };
    },
    fire: () => run!(),
  };
}

/** Copies a file into the inbox as if it had been dropped there a minute ago. */
function drop(source: string, inbox: string, name: string): void {
  mkdirSync(inbox, { recursive: true });
  const target = join(inbox, name);
  copyFileSync(source, target);
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(target, minuteAgo, minuteAgo);
}

describe('scheduled pipeline run', function () {
  this.timeout(30_000);
  let store: SeededStore;
  const publish = (bodyMd: string) =>
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd, publish: true, actor: OPERATOR });
  beforeEach(() => {
    store = seedStore();
  });
  afterEach(() => store.cleanup());

  it('keeps the previous site when a scheduled run fails, shows the run as failed, and swaps the whole site on the next good run', async () => {
    const clock = manualTrigger();
    const outcomes: { summary?: PipelineSummary; error?: Error }[] = [];
    const scheduler = startScheduler(store.db, { schedule: 'off', outDir: store.outDir, trigger: clock.trigger, onScheduledRun: (o) => outcomes.push(o) });
    publish('Zwrot w ciągu 14 dni.');
    await clock.fire();
    const before = snapshot(store.outDir);
    expect(before.get('pl/index.html')).to.contain('Zwrot w ciągu 14 dni.');

    // An administrator sets a colour the site cannot use, while an editor publishes a new text.
    setSetting(store.db, SETTING.siteColourPrimary, 'url(https://evil.example/x.png)');
    publish('Zwrot w ciągu 30 dni.');
    await clock.fire();
    expect(outcomes[1]!.error!.message).to.contain('The previous site').and.contain('not a CSS colour');
    expect(snapshot(store.outDir)).to.deep.equal(before, 'the site is exactly as before the failed run');
    const [failed] = listRecentRuns(store.db);
    expect(failed).to.include({ status: 'failed', trigger: 'schedule', buildId: null });
    expect(failed!.error).to.contain('site.colours.primary');
    expect(listRecentBuilds(store.db)[0]).to.include({ status: 'failed' });

    setSetting(store.db, SETTING.siteColourPrimary, '#8a1538');
    await clock.fire();
    const after = snapshot(store.outDir);
    expect(after.get('pl/index.html')).to.contain('Zwrot w ciągu 30 dni.').and.not.contain('14 dni');
    expect(after.get('pl/index.html')).to.contain('#8a1538');
    // Nothing of the old site or of the staging folder is left beside it.
    expect(readdirSync(dirname(store.outDir)).filter((name) => name.includes('public'))).to.deep.equal(['public']);
    const [ok] = listRecentRuns(store.db);
    expect(ok).to.include({ status: 'ok' });
    expect(ok!.buildId).to.equal(outcomes[2]!.summary!.build!.buildId);
    scheduler.stop();
  });

  it('lets a run that is going on finish when the scheduler stops, so the store can be closed after it', async () => {
    const clock = manualTrigger();
    const scheduler = startScheduler(store.db, { schedule: 'off', outDir: store.outDir, trigger: clock.trigger });
    publish('Zwrot w ciągu 14 dni.');
    const firing = clock.fire();
    await scheduler.stop();
    expect(listRecentRuns(store.db).map((run) => run.status)).to.deep.equal(['ok']);
    expect(readFileSync(join(store.outDir, 'pl', 'index.html'), 'utf8')).to.contain('Zwrot w ciągu 14 dni.');
    await firing;
  });

  it('imports an inbox file once, remembers a broken one by its content and reports it once', async () => {
    const inbox = join(store.dir, 'inbox');
    setSetting(store.db, SETTING.importInbox, inbox);
    drop(join(CLI_FIXTURES, 'dotazy.txt'), inbox, 'dotazy.txt');
    drop(join(CLI_FIXTURES, 'broken-calls.csv'), inbox, 'hovory.csv');
    const first = await runPipeline(store.db, { outDir: store.outDir, trigger: 'cron' });
    expect(first.inbox!.files.map((file) => [file.file.endsWith('dotazy.txt'), file.outcome])).to.have.deep.members([
      [true, 'imported'],
      [false, 'rejected'],
    ]);
    expect(getRun(store.db, first.runId)).to.include({ status: 'ok', filesImported: 1, filesRejected: 1, questionsAdded: 7 });
    expect(getRun(store.db, first.runId)!.error).to.match(/hovory\.csv:\d+: /);

    const second = await runPipeline(store.db, { outDir: store.outDir, trigger: 'cron' });
    expect(second.inbox!.files).to.deep.equal([], 'neither file is read again');
    // A file still being copied (written just now) waits for the next run.
    writeFileSync(join(inbox, 'nowy.txt'), 'Czy mogę zapłacić kartą przy odbiorze?\n');
    expect((await runPipeline(store.db, { outDir: store.outDir, trigger: 'cron' })).inbox!.files).to.deep.equal([]);
    expect(existsSync(join(inbox, 'hovory.csv'))).to.equal(true, 'without a done folder every file stays in the inbox');
  });

  it('refuses to start while a live process runs, and takes over the lock of a process that died', async () => {
    // This very process holds the lock, as `faqtory serve` would while its scheduled run goes on.
    const live = lockRun(store.db, 'schedule', { process: currentProcess(), isAlive: isProcessAlive });
    if (!('runId' in live)) throw new Error('the lock should be free');
    let refused: unknown;
    try {
      await runPipeline(store.db, { outDir: store.outDir, trigger: 'cron' });
    } catch (error) {
      refused = error;
    }
    expect(refused).to.be.instanceOf(ConflictError);
    expect(listRecentRuns(store.db)).to.have.length(1, 'a refused run is not recorded');

    // A lock whose process is gone (killed mid-run) is taken over by the next run.
    store.db.prepare("UPDATE pipeline_lock SET process = '999999999:1'").run();
    const taken = lockRun(store.db, 'cron', { process: currentProcess(), isAlive: isProcessAlive });
    expect(taken).to.have.property('runId');
    expect(getRun(store.db, live.runId)).to.include({ status: 'failed' });
    expect(getRun(store.db, live.runId)!.error).to.contain('interrupted');
  });
});
