import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createEditorApp } from '../../src/curate/app.js';
import { translator } from '../../src/curate/i18n/index.js';
import { openDatabase } from '../../src/store/database.js';
import { createUser } from '../../src/store/users.js';
import { seedStore, type SeededStore } from '../curate/seed.js';
import { Client } from '../helpers/http-client.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { listenOnLoopback } from '../helpers/listen.js';

const LINES = 30_000;

/** A plain-text log of customers' questions, one per line (each its own conversation). */
function writeLargeLog(path: string, count = LINES): void {
  const items = ['buty', 'sukienkę', 'kurtkę', 'torebkę', 'spodnie', 'koszulę', 'plecak'];
  const verbs = ['zwrócić', 'wymienić', 'odesłać', 'reklamować', 'oddać'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`Czy mogę ${verbs[i % 5]} ${items[i % 7]} w rozmiarze ${36 + (i % 9)} po ${1 + (i % 30)} dniach?`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe('the editor while an import runs', function () {
  this.timeout(120000);
  let store: SeededStore;
  let server: Server;
  let base: string;

  beforeEach(async () => {
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir, log: () => undefined })));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  const timed = async <T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };

  it('logs in and saves an answer during a large import in another process, which nobody sees half-done', async () => {
    const log = join(store.dir, 'big-log.txt');
    writeLargeLog(log);
    const child = spawn(process.execPath, [CLI, '--db', join(store.dir, 'faqtory.sqlite'), 'import', log], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));
    const importedQuestions = () =>
      (store.db.prepare("SELECT COUNT(*) AS n FROM questions WHERE file LIKE '%big-log.txt'").get() as { n: number }).n;
    const staged = () => (store.db.prepare('SELECT COUNT(*) AS n FROM staged_questions').get() as { n: number }).n;

    // Wait until the import is well under way: questions of the file are staged.
    while (staged() < 500) {
      expect(running, 'the import ended before it could be watched').to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const client = new Client(base);
    const login = await timed(() => client.logIn('ewa', 'tajne-haslo-1'));
    expect(login.result.status).to.equal(303);
    const topicPath = `/topics/${store.topicIds.returns}`;
    const page = await timed(() => client.request(topicPath));
    expect(page.result.status).to.equal(200);
    const save = await timed(() =>
      client.request(`${topicPath}/answer`, { _csrf: Client.csrfOf(page.result.html), action: 'draft', question: 'Jak zwrócić towar?', body: 'Masz 14 dni.' }),
    );
    expect(save.result.status).to.equal(303);
    // Each took well under the old 5-second freeze.
    for (const { ms } of [login, page, save]) expect(ms).to.be.below(2000);
    expect(running, 'the requests should overlap the import').to.equal(true);
    // Half a file is never visible: its questions appear all at once at the end.
    expect(importedQuestions()).to.equal(0);

    expect(await exited).to.equal(0);
    expect(importedQuestions()).to.equal(LINES);
    expect(staged()).to.equal(0);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM answer_versions').get()).to.deep.equal({ n: 1 });
  });

  it('answers a write that cannot get the lock with a quick 503 "try again", changing nothing', async () => {
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const topicPath = `/topics/${store.topicIds.returns}`;
    const csrf = Client.csrfOf((await client.request(topicPath)).html);
    // Another process (an import) holds the write lock.
    const other = openDatabase(join(store.dir, 'faqtory.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const save = await timed(() => client.request(`${topicPath}/answer`, { _csrf: csrf, action: 'draft', question: 'Jak zwrócić towar?', body: 'Masz 14 dni.' }));
      expect(save.result.status).to.equal(503);
      expect(save.result.html).to.contain(translator('pl').t('import.busy'));
      expect(save.result.headers.get('retry-after')).to.equal('2');
      expect(save.ms).to.be.below(1500);
      // Reading pages goes on meanwhile.
      expect((await client.request('/topics')).status).to.equal(200);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM answer_versions').get()).to.deep.equal({ n: 0 });
  });

  it('discards an import killed half-way at the next import, which then imports the whole file', async () => {
    const log = join(store.dir, 'killed-log.txt');
    const lines = 10_000;
    writeLargeLog(log, lines);
    const dbPath = join(store.dir, 'faqtory.sqlite');
    const child = spawn(process.execPath, [CLI, '--db', dbPath, 'import', log], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const count = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
    while (count('SELECT COUNT(*) AS n FROM staged_questions') < 500) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await exited;
    expect(count("SELECT COUNT(*) AS n FROM sources WHERE importing_process IS NOT NULL")).to.equal(1);
    expect(count("SELECT COUNT(*) AS n FROM questions WHERE file LIKE '%killed-log.txt'")).to.equal(0);

    const again = await runCli(['--db', dbPath, 'import', log]);
    expect(again.code, again.stderr).to.equal(0);
    expect(count("SELECT COUNT(*) AS n FROM questions WHERE file LIKE '%killed-log.txt'")).to.equal(lines);
    expect(count("SELECT COUNT(*) AS n FROM sources WHERE path LIKE '%killed-log.txt'")).to.equal(1);
    expect(count('SELECT COUNT(*) AS n FROM staged_questions')).to.equal(0);
  });
});
