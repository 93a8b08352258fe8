import { expect } from 'chai';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import type { PipelineSummary, SavedAnswer } from '../../src/app/index.js';
import { currentProcess } from '../../src/process-identity.js';
import { searchOptions } from '../../src/publish/index.js';
import { openDatabase } from '../../src/store/database.js';
import { finishRun, listRecentRuns, lockRun } from '../../src/store/pipeline-runs.js';
import type { QuestionRow } from '../../src/store/questions.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/pipeline/', import.meta.url));
const LOG = 'pytania-poniedzialek.txt';

/** Puts a file into the inbox as if copied there a minute ago (younger files wait for the next run). */
function drop(source: string, inbox: string, name: string): void {
  const target = join(inbox, name);
  copyFileSync(source, target);
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(target, minuteAgo, minuteAgo);
}

describe('scheduled pipeline and answer command as real processes', function () {
  this.timeout(120_000);
  let dir: string;
  let db: string;
  let inbox: string;
  let done: string;
  let site: string;
  let topicId: number;
  const cli = (...args: string[]) => ['--db', db, ...args];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-pipeline-'));
    db = join(dir, 'store.sqlite');
    inbox = join(dir, 'inbox');
    done = join(dir, 'done');
    site = join(dir, 'site');
    mkdirSync(inbox);
    for (const [key, value] of [['import.inbox', inbox], ['import.done', done], ['site.out_dir', site], ['shop.name', 'Sklep Kasia']]) {
      expect((await runCli(cli('config', key!, value!))).code).to.equal(0);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file dropped into the inbox, moves it to the done folder and builds the site', async () => {
    drop(join(FIXTURES, LOG), inbox, LOG);
    const run = await runCliJson<PipelineSummary>(cli('run', '--once'));
    expect(run.inbox!.files.map((file) => [file.format, file.outcome])).to.deep.equal([['text', 'imported']]);
    expect(run.inbox!.questions).to.equal(11);
    expect(run.build).to.not.equal(null, 'the first run writes the site, still without answers');
    expect(existsSync(join(inbox, LOG))).to.equal(false);
    expect(readFileSync(join(done, LOG), 'utf8')).to.equal(readFileSync(join(FIXTURES, LOG), 'utf8'));
    const questions = await runCliJson<QuestionRow[]>(cli('questions'));
    topicId = questions.find((question) => question.text === 'Jak oddać zamówienie?')!.topicId!;
    expect(topicId).to.be.a('number');
  });

  it('does not import the same content again under another name', async () => {
    drop(join(FIXTURES, LOG), inbox, 'kopia.txt');
    const run = await runCliJson<PipelineSummary>(cli('run', '--once'));
    expect(run.inbox!.files).to.deep.equal([]);
    expect(run.build).to.equal(null, 'nothing published changed');
    expect(existsSync(join(inbox, 'kopia.txt'))).to.equal(true, 'a file not imported stays where it was');
  });

  it('keeps a draft off the site, and the next run puts the published answer there with the customers\' wordings', async () => {
    const draft = await runCliJson<SavedAnswer>(cli('answer', String(topicId), '--question', 'Jak zwrócić towar?', '--file', '-'), {
      input: 'Zgłoś zwrot w ciągu **14 dni** w panelu klienta.\n',
    });
    expect(draft.status).to.equal('draft');
    const afterDraft = await runCliJson<PipelineSummary>(cli('run', '--once'));
    expect(afterDraft.build).to.equal(null, 'a draft changes nothing on the site');
    expect(readFileSync(join(site, 'faq.json'), 'utf8')).to.not.contain('Jak zwrócić towar?');

    const answerFile = join(dir, 'zwrot.md');
    writeFileSync(answerFile, 'Zgłoś zwrot w ciągu **30 dni** w panelu klienta albo odeślij paczkę z formularzem.\n');
    const published = await runCliJson<SavedAnswer>(cli('answer', String(topicId), '--question', 'Jak zwrócić towar?', '--file', answerFile, '--lang', 'pl', '--category', 'Zwroty', '--publish'));
    expect(published.status).to.equal('published');
    const run = await runCliJson<PipelineSummary>(cli('run', '--once'));
    expect(run.build!.entries).to.equal(1);
    const page = readFileSync(join(site, 'pl', 'index.html'), 'utf8');
    expect(page).to.contain('Jak zwrócić towar?').and.contain('Sklep Kasia').and.contain('<strong>30 dni</strong>');
    const faq = JSON.parse(readFileSync(join(site, 'faq.json'), 'utf8')) as { lang: string; category: string }[];
    expect(faq.map(({ lang, category }) => ({ lang, category }))).to.deep.equal([{ lang: 'pl', category: 'Zwroty' }]);
    // Customers' own wording ("oddać zamówienie", asked twice) is searchable, though no editor wrote it.
    expect(page).to.not.contain('oddać zamówienie');
    const index = MiniSearch.loadJSON(readFileSync(join(site, 'pl', 'search-index.json'), 'utf8'), searchOptions('pl'));
    expect(index.search('oddać zamówienie').map((hit) => hit.id)).to.deep.equal([`t${topicId}`]);
  });

  it('refuses a bad topic, a bad id and an empty answer with the exit codes of the SPEC', async () => {
    const missing = await runCli(cli('answer', '9999', '--question', 'Q?', '--file', '-'), { input: 'Text.' });
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.contain('There is no topic with id 9999');
    const notId = await runCli(cli('answer', 'abc', '--question', 'Q?', '--file', '-'), { input: 'Text.' });
    expect(notId.code).to.equal(2);
    const empty = await runCli(cli('answer', String(topicId), '--question', 'Q?', '--file', '-'), { input: '  \n' });
    expect(empty.code).to.equal(1);
    expect(empty.stderr).to.contain('The answer is empty');
    const noOnce = await runCli(cli('run'));
    expect(noOnce.code).to.equal(2);
    expect(readFileSync(join(site, 'faq.json'), 'utf8')).to.contain('30 dni', 'the published answer was not touched');
  });

  it('does nothing while another live process holds the run lock, and records every run', async () => {
    const store = openDatabase(db);
    try {
      // This test process holds the lock, as `faqtory serve` would during its scheduled run.
      const lock = lockRun(store, 'schedule', { process: currentProcess(), isAlive: () => true });
      if (!('runId' in lock)) throw new Error('the lock should be free');
      const refused = await runCli(cli('run', '--once'));
      expect(refused.code).to.equal(1);
      expect(refused.stderr).to.contain('Another run of the pipeline');
      finishRun(store, lock.runId, 'ok', null);
      const runs = listRecentRuns(store);
      expect(runs.map((run) => [run.trigger, run.status])).to.deep.equal([
        ['schedule', 'ok'],
        ['cron', 'ok'],
        ['cron', 'ok'],
        ['cron', 'ok'],
        ['cron', 'ok'],
      ]);
      expect(runs.at(-1)).to.include({ filesImported: 1, questionsAdded: 11 });
    } finally {
      store.close();
    }
  });
});
