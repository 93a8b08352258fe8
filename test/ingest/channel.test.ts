import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelOf } from '../../src/ingest/channel.js';
import { importLogs } from '../../src/app/import-logs.js';
import { adapter as phoneCsv } from '../../src/ingest/phone-csv/index.js';
import { adapter as pidgin } from '../../src/ingest/pidgin/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { listQuestions } from '../../src/store/questions.js';

const CALLS = 'test/fixtures/phone/notatki-rozmow.csv';
const XMPP_LOG = 'test/fixtures/gg/pidgin/2024-03-06.140211+0100CET.txt';
const GG_LOG = 'test/fixtures/gg/pidgin/2023-09-04.235810+0200CEST.txt';
const options = { shop: ['Sklep Elektron'], timezone: 'Europe/Warsaw', columns: {} };

describe('the stored channel', () => {
  let dir: string;
  const open: Db[] = [];
  const freshDb = (): Db => {
    const db = openDatabase(join(dir, `store-${open.length}.sqlite`));
    open.push(db);
    return db;
  };
  before(() => (dir = mkdtempSync(join(tmpdir(), 'faqtory-channel-'))));
  after(() => {
    for (const db of open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is --channel when given, else the network the log names, else the format default', () => {
    expect(channelOf(pidgin, 'chat', { network: 'xmpp' })).to.equal('chat');
    expect(channelOf(pidgin, undefined, { network: 'xmpp' })).to.equal('xmpp');
    expect(channelOf(pidgin, undefined, {})).to.equal('gg');
    expect(channelOf(phoneCsv, undefined)).to.equal('phone');
  });

  it('--channel files call notes elsewhere but still reads them as call notes', async () => {
    const asCalls = freshDb();
    const asChat = freshDb();
    await importLogs(asCalls, { paths: [CALLS], ...options });
    await importLogs(asChat, { paths: [CALLS], ...options, channel: 'chat' });
    const calls = listQuestions(asCalls);
    const chat = listQuestions(asChat);
    expect(calls.length).to.be.greaterThan(0);
    expect(calls.every((q) => q.channel === 'phone')).to.equal(true);
    expect(chat.every((q) => q.channel === 'chat')).to.equal(true);
    // The agent's framing ("Klientka pyta: ...") is cut the same way under either label.
    expect(chat.map((q) => q.text)).to.deep.equal(calls.map((q) => q.text));
  });

  it('files a Pidgin XMPP log as xmpp and a Gadu-Gadu one as gg', async () => {
    const db = freshDb();
    const results = await importLogs(db, { paths: [XMPP_LOG, GG_LOG], ...options });
    expect(results.map((r) => r.outcome)).to.deep.equal(['imported', 'imported']);
    const channels = new Map(listQuestions(db).map((q) => [q.file, q.channel]));
    expect(channels.get(XMPP_LOG)).to.equal('xmpp');
    expect(channels.get(GG_LOG)).to.equal('gg');
  });
});
