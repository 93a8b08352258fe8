import { expect } from 'chai';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLogs } from '../../src/app/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { migrations } from '../../src/store/migrations/index.js';
import { listQuestions, type QuestionRow } from '../../src/store/questions.js';

const REPLIES = fileURLToPath(new URL('../../../test/fixtures/replies/', import.meta.url));
const SHOP = ['sklep@sklep-rowerowy.example'];

describe('import keeps the shop reply to each question (real files, real SQLite file)', function () {
  this.timeout(30_000);
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-replies-'));
    db = openDatabase(join(dir, 'store.sqlite'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const importFiles = (...files: string[]) => importLogs(db, { paths: files.map((f) => join(REPLIES, f)), shop: SHOP });
  const byText = (rows: QuestionRow[], words: string): QuestionRow => {
    const row = rows.find((q) => q.text.includes(words));
    expect(row, `a question with "${words}" in ${JSON.stringify(rows.map((q) => q.text))}`).to.not.equal(undefined);
    return row!;
  };

  it('e-mail: the answer without greeting, quote or signature, at the time of the reply', async () => {
    await importFiles('thread.mbox');
    const question = byText(listQuestions(db), 'dostawa roweru');
    expect(question.reply).to.equal('Dostawa roweru kurierem kosztuje 49 zł, od 2000 zł jest bezpłatna.');
    expect(question.repliedAt).to.equal('2024-03-04T10:00:00.000Z');
  });

  it('e-mail: a reply imported later from the Sent folder joins the question stored before', async () => {
    await importFiles('import/inbox.mbox');
    expect(byText(listQuestions(db), 'doprava kola').reply).to.equal(null);
    const [sent] = await importFiles('import/sent.mbox');
    expect(sent).to.include({ outcome: 'imported', questions: 0 });
    const question = byText(listQuestions(db), 'doprava kola');
    expect(question.reply).to.equal('Doprava kola do České republiky stojí 390 Kč, doručení trvá 3 pracovní dny.');
    expect(question.repliedAt).to.equal('2024-05-07T07:30:00.000Z');
  });

  it('chat: past the request for the order number and the holding reply to the answer; auto-replies answer nothing', async () => {
    await importFiles('chats.json');
    const rows = listQuestions(db);
    const returns = byText(rows, 'zwrot kasku');
    expect(returns.reply).to.match(/^Na zwrot ma Pani 30 dni od odbioru/);
    // The time of the answer, not of "proszę o numer zamówienia, sprawdzę" or "proszę o chwilę".
    expect(returns.repliedAt).to.equal('2024-03-04T08:09:00.000Z');
    // "Děkujeme za zprávu!" (auto-reply) and "ověřím to a ozvu se" (holding): the customer is still waiting.
    const slovakia = byText(rows, 'Slovensko');
    expect([slovakia.reply, slovakia.repliedAt]).to.deep.equal([null, null]);
    // A second question ends the first one's search: "Yes, PayPal..." answers PayPal only.
    expect(byText(rows, 'Ireland').reply).to.equal(null);
    expect(byText(rows, 'PayPal').reply).to.equal('Yes, PayPal is available at checkout.');
  });

  it('phone: what the caller was told ("Poinformowano, że..."), none when the note records no answer', async () => {
    await importFiles('import/telefony.csv');
    const rows = listQuestions(db);
    const returns = byText(rows, 'zwrot');
    expect(returns.text).to.not.include('Poinformowano');
    expect(returns.reply).to.equal('Zwrotu można dokonać w ciągu 30 dni od otrzymania paczki.');
    expect(returns.repliedAt).to.equal('2024-05-06T07:10:00.000Z');
    expect(byText(rows, 'pobraniem').reply).to.equal(null);
  });

  it('redacts replies exactly like questions: no address or phone number reaches the store', async () => {
    await importFiles('import/kontakt-chat.json', 'import/telefony.csv');
    const rows = listQuestions(db);
    const service = byText(rows, 'serwisu');
    expect(service.reply).to.include('[email]').and.include('[phone]');
    expect(byText(rows, 'fakturę').reply).to.include('[email]').and.include('[phone]');
    const stored = JSON.stringify(db.prepare('SELECT * FROM messages').all()) + JSON.stringify(rows);
    for (const personal of ['serwis@sklep-rowerowy.example', '601 202 303', 'faktury@', '22 555 66 77']) {
      expect(stored).to.not.include(personal);
    }
    // The customer who got no answer has none.
    expect(byText(rows, 'kaski dziecięce').reply).to.equal(null);
  });

  it('importing the same files again changes no reply', async () => {
    await importFiles('chats.json', 'thread.mbox', 'import/telefony.csv');
    const before = listQuestions(db);
    const again = await importFiles('chats.json', 'thread.mbox', 'import/telefony.csv');
    expect(again.map((r) => r.outcome)).to.deep.equal(['unchanged', 'unchanged', 'unchanged']);
    expect(listQuestions(db)).to.deep.equal(before);
  });
});

describe('a database of the previous schema version (3) upgrades to replies', function () {
  this.timeout(30_000);

  it('keeps its questions (without a reply) and imports replies afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faqtory-upgrade-'));
    const path = join(dir, 'old.sqlite');
    try {
      const old = new Database(path);
      for (const migration of migrations.filter((m) => m.version <= 3)) old.exec(migration.sql);
      old.pragma('user_version = 3');
      old.exec(`
        INSERT INTO sources (id, path, sha256, format, channel, bytes, imported_at) VALUES (1, 'old.txt', 'abc', 'text', 'text', 10, '2024-01-01T00:00:00Z');
        INSERT INTO conversations (id, channel, native_id, source_id) VALUES (1, 'text', 'old.txt#1', 1);
        INSERT INTO messages (id, key, conversation_id, source_id, ref, role) VALUES (1, 'abc:1', 1, 1, '1', 'customer');
        INSERT INTO questions (message_id, conversation_id, source_id, file, ref, channel, text, lang)
          VALUES (1, 1, 1, 'old.txt', '1', 'text', 'Jak mogę zwrócić towar?', 'pl');
      `);
      old.close();
      const db = openDatabase(path);
      try {
        expect(db.pragma('user_version', { simple: true })).to.equal(migrations.at(-1)!.version);
        expect(listQuestions(db).map((q) => [q.text, q.reply, q.repliedAt])).to.deep.equal([['Jak mogę zwrócić towar?', null, null]]);
        await importLogs(db, { paths: [join(REPLIES, 'thread.mbox')], shop: SHOP });
        expect(listQuestions(db).filter((q) => q.reply !== null)).to.have.length(1);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
