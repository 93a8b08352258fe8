import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import tar from 'tar-stream';
import { importLogs, type FileResult } from '../../src/app/index.js';
import { READ_LIMITS } from '../../src/ingest/limits.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { listQuestions } from '../../src/store/questions.js';
import { MAX_QUESTIONS_PER_TURN } from '../../src/text/extract-questions.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const BROKEN = join(FIXTURES, 'broken');
const SHOP = ['Sklep Rowerowy', 'Sklep'];

async function tarOf(name: string, content: Buffer): Promise<Buffer> {
  const pack = tar.pack();
  pack.entry({ name }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A Skype .tar export whose download stopped in the middle of messages.json. */
async function writeCutSkypeTar(path: string): Promise<void> {
  const whole = await tarOf('messages.json', readFileSync(join(FIXTURES, 'chat/skype/messages.json')));
  writeFileSync(path, whole.subarray(0, 1200));
}

/** A chat-json export with one element nested far deeper than any export (and than the stack). */
function writeDeepJson(path: string): void {
  const depth = 200_000;
  const messages = [{ author: 'ola@example.pl', text: 'Czy wysyłacie do Niemiec?', time: '2024-03-01T10:00:00Z' }];
  const json = JSON.stringify(messages);
  writeFileSync(path, `${json.slice(0, -1)},{"author":"x","text":"y","extra":${'['.repeat(depth)}${']'.repeat(depth)}}]`);
}

function byName(results: readonly FileResult[], folder: string): Map<string, FileResult> {
  return new Map(results.map((r): [string, FileResult] => [r.file.slice(folder.length + 1), r]));
}

describe('import of broken and foreign files (real files, real SQLite file)', function () {
  this.timeout(60_000);
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-robust-'));
    db = openDatabase(join(dir, 'store.sqlite'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good files of a folder, rejects each broken one with file:line: reason and skips foreign ones', async () => {
    const folder = join(dir, 'export');
    mkdirSync(folder);
    for (const name of readdirSync(BROKEN)) copyFileSync(join(BROKEN, name), join(folder, name));
    copyFileSync(join(FIXTURES, 'chat/chat-csv/rozmowy.csv'), join(folder, 'rozmowy.csv'));
    copyFileSync(join(FIXTURES, 'cli/dotazy.txt'), join(folder, 'dotazy.txt'));
    await writeCutSkypeTar(join(folder, 'skype-export.tar'));
    writeDeepJson(join(folder, 'chats.json'));
    writeFileSync(join(folder, 'huge-line.txt'), `Czy macie kaski?\n${'x'.repeat(READ_LIMITS.maxRecordBytes + 10)}?\n`);
    const flood = Array.from({ length: 3000 }, (_, i) => `Czy model ${i} jest na stanie?`).join(' ');
    writeFileSync(join(folder, 'flood.txt'), `${flood}\n`);
    writeFileSync(join(folder, 'README.md'), '# Export of the shop chat\n\nFiles: rozmowy.csv, dotazy.txt\n');
    writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));

    const results = await importLogs(db, { paths: [folder], shop: SHOP });
    const files = byName(results, folder);
    const outcomes = (outcome: string) => [...files].filter(([, r]) => r.outcome === outcome).map(([name]) => name).sort();

    expect(outcomes('imported')).to.deep.equal(['dotazy.txt', 'flood.txt', 'pytania-utf16-nobom.txt', 'pytania-utf16.txt', 'rozmowy.csv']);
    expect(outcomes('skipped')).to.deep.equal(['README.md', 'empty.txt', 'photo.jpg']);
    expect(outcomes('rejected')).to.deep.equal([
      '2024-03-08.100000+0100CET.html',
      '48555666',
      'chats.json',
      'cut-row.csv',
      'cut.eml',
      'huge-line.txt',
      'pytania-uszkodzone.txt',
      'skype-cp1250.json',
      'skype-export.tar',
      'swallowed-row.csv',
    ]);
    const reason = (name: string) => files.get(name)!.reason!;
    for (const name of outcomes('rejected')) expect(reason(name).startsWith(`${join(folder, name)}`), name).to.equal(true);
    expect(reason('swallowed-row.csv')).to.match(/swallowed-row\.csv:2: .*line 3/);
    expect(reason('cut-row.csv')).to.match(/cut-row\.csv:4: the file ends in the middle of this row/);
    expect(reason('2024-03-08.100000+0100CET.html')).to.match(/:4: the file ends in the middle of this line/);
    expect(reason('cut.eml')).to.contain('cut off');
    expect(reason('skype-export.tar')).to.contain('.tar archive is damaged or cut off');
    expect(reason('chats.json')).to.match(/chats\.json:1: the data nests more than 64 levels/);
    expect(reason('huge-line.txt')).to.match(/huge-line\.txt:2: this line is longer than 4 MB/);
    expect(reason('skype-cp1250.json')).to.contain('could not be decoded');
    expect(reason('48555666')).to.contain('binary control bytes');
    expect(reason('pytania-uszkodzone.txt')).to.contain('could not be decoded');

    // Nothing of a rejected file is stored; UTF-16 lists are decoded, a flood of questions is capped.
    const stored = listQuestions(db);
    const storedFiles = new Set(stored.map((q) => q.file.slice(folder.length + 1)));
    expect([...storedFiles].sort()).to.deep.equal(outcomes('imported'));
    expect(stored.filter((q) => q.file.endsWith('pytania-utf16.txt')).map((q) => q.text)).to.include('Jak długo trwa wysyłka do Słowacji?');
    expect(stored.filter((q) => q.file.endsWith('flood.txt'))).to.have.length(MAX_QUESTIONS_PER_TURN);
    expect(stored.some((q) => q.text.includes('44051401458'))).to.equal(false);
  });

  it('re-importing a text list or a chat CSV that grew adds only the new lines', async () => {
    const list = join(dir, 'pytania.txt');
    writeFileSync(list, 'Czy mogę zwrócić kask po 30 dniach?\nJak długo trwa wysyłka do Słowacji?\nCzy mogę zwrócić kask po 30 dniach?\n');
    const chat = join(dir, 'rozmowy.csv');
    copyFileSync(join(FIXTURES, 'chat/chat-csv/rozmowy.csv'), chat);
    const [firstList, firstChat] = await importLogs(db, { paths: [list, chat], shop: SHOP });
    expect(firstList!.questions).to.equal(3);

    appendFileSync(list, 'Czy wysyłacie rowery do Czech?\n');
    appendFileSync(chat, '990;2024-03-05 08:00:00;marta@example.pl;klient;Czy macie sklep stacjonarny w Poznaniu?\n');
    const [grownList, grownChat] = await importLogs(db, { paths: [list, chat], shop: SHOP });
    expect(grownList).to.include({ outcome: 'imported', questions: 1, messages: 1, duplicates: 3 });
    expect(grownChat).to.include({ outcome: 'imported', questions: 1, messages: 1, duplicates: firstChat!.messages });
    expect(listQuestions(db)).to.have.length(firstList!.questions + firstChat!.questions + 2);
  });

  it('rejects a whole-file JSON export holding a text over the record bound, before parsing it', async () => {
    const thread = join(dir, 'message_1.json');
    const messages = [
      { sender_name: 'Ola', timestamp_ms: 1709287200000, content: 'Czy macie kaski?', type: 'Generic' },
      { sender_name: 'Ola', timestamp_ms: 1709287300000, content: 'x'.repeat(READ_LIMITS.maxRecordBytes + 1), type: 'Generic' },
    ];
    writeFileSync(thread, JSON.stringify({ participants: [{ name: 'Ola' }, { name: 'Sklep' }], messages, title: 'Ola' }, null, 1));
    const [result] = await importLogs(db, { paths: [thread], shop: SHOP });
    expect(result).to.include({ outcome: 'rejected', format: 'messenger' });
    expect(result!.reason).to.match(/message_1\.json:\d+: a text in this export is longer than 4 MB/);
    expect(listQuestions(db)).to.have.length(0);
  });

  it('names a file no format claims in one short line listing the formats', async () => {
    const notes = join(dir, 'orders.json');
    writeFileSync(notes, JSON.stringify({ orders: [{ id: 1, total: 99 }] }));
    const [refused] = await importLogs(db, { paths: [notes], shop: [] });
    expect(refused!.outcome).to.equal('rejected');
    expect(refused!.reason).to.match(/^\S+orders\.json: not a log format faqtory recognises \(it reads [a-z-]+(, [a-z-]+)+\)/);
    expect(refused!.reason!.length).to.be.below(300);
  });

  it('the CLI goes on after a cut .tar and a deeply nested export, exits 1 and prints no stack trace', async () => {
    const cut = join(dir, 'skype-export.tar');
    await writeCutSkypeTar(cut);
    const deep = join(dir, 'chats.json');
    writeDeepJson(deep);
    const good = join(dir, 'pytania.txt');
    writeFileSync(good, 'Czy wysyłacie rowery do Czech?\n');
    const run = await runCli(['--db', join(dir, 'cli.sqlite'), '--json', 'import', cut, deep, good]);
    expect(run.stderr).to.not.match(/\n\s+at /);
    expect(run.code).to.equal(1);
    const results = JSON.parse(run.stdout) as FileResult[];
    expect(results.map((r) => r.outcome)).to.deep.equal(['rejected', 'rejected', 'imported']);
  });
});
