import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { adapter } from '../../src/ingest/gg-sqlite/index.js';
import { adapter as ggText } from '../../src/ingest/gg/index.js';
import { detectFormat } from '../../src/ingest/registry.js';
import { parseErrorOf, readConversations, sampleOf } from '../helpers/read-format.js';

/** A history2.db with Kadu's schema version 4, as the sql_history plugin creates it. */
async function kaduDatabase(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'faqtory-kadu-')), 'history2.db');
  const db = new Database(path);
  db.exec(`
    CREATE TABLE schema_version(version id INTEGER);
    INSERT INTO schema_version VALUES (4);
    CREATE TABLE kadu_accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, protocol VARCHAR(128), account VARCHAR(1024));
    CREATE TABLE kadu_contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER DEFAULT NULL REFERENCES kadu_accounts(id), contact VARCHAR(1024));
    CREATE TABLE kadu_chats (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER DEFAULT NULL REFERENCES kadu_accounts(id), chat TEXT);
    CREATE TABLE kadu_dates (id INTEGER PRIMARY KEY AUTOINCREMENT, date VARCHAR(8));
    CREATE TABLE kadu_message_contents (id INTEGER PRIMARY KEY AUTOINCREMENT, content TEXT);
    CREATE TABLE kadu_messages (chat_id INTEGER, contact_id INTEGER, date_id INTEGER, send_time TIMESTAMP, receive_time TIMESTAMP,
      content_id INTEGER, is_outgoing BOOL,
      FOREIGN KEY (chat_id) REFERENCES kadu_chats(id), FOREIGN KEY (contact_id) REFERENCES kadu_contacts(id),
      FOREIGN KEY (date_id) REFERENCES kadu_dates(id), FOREIGN KEY (content_id) REFERENCES kadu_message_contents(id));
    CREATE TABLE kadu_statuses (contact_id INTEGER REFERENCES kadu_contacts(id), status VARCHAR(255), set_time TIMESTAMP, description TEXT);
    INSERT INTO kadu_accounts (protocol, account) VALUES ('gadu', '40400404');
    INSERT INTO kadu_contacts (account_id, contact) VALUES (1, '40400404'), (1, '48123456'), (1, '5550123');
    INSERT INTO kadu_chats (account_id, chat) VALUES (1, 'Contact;2'), (1, 'Contact;3');
    INSERT INTO kadu_dates (date) VALUES ('20231110');
  `);
  const content = db.prepare('INSERT INTO kadu_message_contents (content) VALUES (?)');
  const message = db.prepare(
    'INSERT INTO kadu_messages (chat_id, contact_id, date_id, send_time, receive_time, content_id, is_outgoing) VALUES (?, ?, 1, ?, ?, ?, ?)',
  );
  const add = (chat: number, contact: number, sent: string, received: string, html: string, outgoing: number) =>
    message.run(chat, contact, sent, received, content.run(html).lastInsertRowid, outgoing);
  add(1, 2, '2023-11-10T10:05:01.000', '2023-11-10T10:05:05.000', 'Dzień dobry, czy mogę zwrócić żelazko kupione w zeszłym tygodniu?', 0);
  add(1, 1, '2023-11-10T10:07:10.000', '2023-11-10T10:07:10.000', 'Dzień dobry! Tak, ma Pani 14 dni na zwrot.<br/>Formularz jest na stronie &quot;Zwroty&quot;.', 1);
  add(2, 3, '2023-11-11T18:00:00.000', '2023-11-11T18:00:02.000', '<span style="font-weight:bold">Czy</span> macie etui &amp; szkło do Pixela 8?', 0);
  add(1, 2, '2023-11-10T10:08:00.000', '2023-11-10T10:08:01.000', '', 0);
  db.close();
  return path;
}

describe('gg-sqlite reader (Kadu history2.db)', () => {
  it('reads one conversation per chat: outgoing = shop, ref = rowid, HTML made plain text', async () => {
    const conversations = await readConversations(adapter, await kaduDatabase());
    expect(conversations.map((c) => c.id)).to.deep.equal(['gg:48123456', 'gg:5550123']);
    const [ania, pixel] = conversations;
    expect(ania!.messages.map((m) => [m.ref, m.role, m.author])).to.deep.equal([
      ['1', 'customer', '48123456'],
      ['2', 'shop', null],
    ]);
    expect(ania!.messages[1]!.text).to.equal('Dzień dobry! Tak, ma Pani 14 dni na zwrot.\nFormularz jest na stronie "Zwroty".');
    // Local wall-clock time in Warsaw (UTC+1 in November).
    expect(ania!.messages[0]!.sentAt!.toISOString()).to.equal('2023-11-10T09:05:01.000Z');
    expect(pixel!.messages[0]).to.include({ ref: '3', role: 'customer', text: 'Czy macie etui & szkło do Pixela 8?' });
    expect(pixel!.kind).to.equal('chat');
  });

  it('keys messages like the text history, so one contact exported both ways is stored once', async () => {
    const [fromDb] = await readConversations(adapter, await kaduDatabase());
    const [fromText] = await readConversations(ggText, 'test/fixtures/gg/48123456');
    const textKeys = new Set(fromText!.messages.map((m) => m.key));
    expect(fromDb!.messages.map((m) => textKeys.has(m.key))).to.deep.equal([true, true]);
  });

  it('is detected by the SQLite header and the Kadu table names', async () => {
    const path = await kaduDatabase();
    expect(adapter.detect(await sampleOf(path))).to.equal(true);
    expect(detectFormat(await sampleOf(path)).id).to.equal('gg-sqlite');
    const other = join(await mkdtemp(join(tmpdir(), 'faqtory-kadu-')), 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)');
    db.close();
    expect(adapter.detect(await sampleOf(other))).to.equal(false);
  });

  it('rejects a damaged database file', async () => {
    const good = await readFile(await kaduDatabase());
    const path = join(await mkdtemp(join(tmpdir(), 'faqtory-kadu-')), 'history2.db');
    // Keep the header, scribble over the pages that hold the tables.
    const damaged = Buffer.concat([good.subarray(0, 100), Buffer.alloc(good.length - 100, 0x5a)]);
    await writeFile(path, damaged);
    const error = await parseErrorOf(readConversations(adapter, path));
    expect(error.message).to.include(path);
  });
});
