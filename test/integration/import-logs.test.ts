import { expect } from 'chai';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLogs, type FileResult } from '../../src/app/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { listQuestions } from '../../src/store/questions.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/cli/', import.meta.url));

describe('importLogs use case (real files, real SQLite file)', function () {
  this.timeout(30_000);
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-import-'));
    db = openDatabase(join(dir, 'store.sqlite'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a folder, skipping what is not a log, and reports each file to the observer', async () => {
    const exportDir = join(dir, 'export');
    mkdirSync(exportDir);
    copyFileSync(join(FIXTURES, 'phone-notes.csv'), join(exportDir, 'phone-notes.csv'));
    copyFileSync(join(FIXTURES, 'broken-calls.csv'), join(exportDir, 'broken-calls.csv'));
    writeFileSync(join(exportDir, 'README.md'), '# Export made by the call centre tool\n');
    const events: string[] = [];
    const results = await importLogs(
      db,
      { paths: [exportDir], shop: [] },
      {
        fileStarted: (file, format) => events.push(`start ${file.slice(exportDir.length + 1)} ${format}`),
        fileFinished: (result) => events.push(`done ${result.file.slice(exportDir.length + 1)} ${result.outcome}`),
      },
    );
    const byName = new Map(results.map((r): [string, FileResult] => [r.file.slice(exportDir.length + 1), r]));
    expect(byName.get('README.md')!.outcome).to.equal('skipped');
    expect(byName.get('broken-calls.csv')!.outcome).to.equal('rejected');
    expect(byName.get('broken-calls.csv')!.reason).to.match(/broken-calls\.csv:\d+: /);
    expect(byName.get('phone-notes.csv')).to.include({ outcome: 'imported', format: 'phone-csv', questions: 11 });
    // Only the files that were read are started; every file is finished, in the order found.
    expect(events.filter((e) => e.startsWith('done'))).to.have.length(3);
    expect(events).to.include('start phone-notes.csv phone-csv').and.include('done phone-notes.csv imported');
    // The rejected file left nothing behind; the imported one is all there.
    const stored = listQuestions(db);
    expect(stored).to.have.length(11);
    expect(stored.every((q) => q.file.endsWith('phone-notes.csv'))).to.equal(true);
    const sources = db.prepare('SELECT path FROM sources').all() as { path: string }[];
    expect(sources.map((s) => s.path)).to.deep.equal([join(exportDir, 'phone-notes.csv')]);
  });

  it('warns in the per-file result when the roles were guessed, and says how to fix it', async () => {
    const pidgin = fileURLToPath(new URL('../../../test/fixtures/gg/pidgin/', import.meta.url));
    const [guessed, known] = await importLogs(db, {
      paths: [join(pidgin, '2024-03-09.120000+0100CET.txt'), join(pidgin, '2024-03-08.101500+0100CET.txt')],
      shop: [],
    });
    expect(guessed).to.include({ outcome: 'imported', format: 'pidgin' });
    expect(guessed!.warning).to.contain('who is the shop').and.to.contain('--shop');
    expect(known).to.include({ outcome: 'imported' });
    expect(known!.warning).to.equal(undefined);
  });
});
