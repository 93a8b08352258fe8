import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { adapter } from '../../src/ingest/pidgin/index.js';
import { detectFormat } from '../../src/ingest/registry.js';
import { parseErrorOf, readConversations, readOptions, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/gg/pidgin';
const TXT = `${FIXTURES}/2023-09-04.235810+0200CEST.txt`;
const HTML = `${FIXTURES}/2023-09-05.100000+0200CEST.html`;
const options = readOptions({ shop: ['Sklep Elektron'] });

describe('pidgin reader', () => {
  it('reads a text log: --shop speaker is the shop, continuation lines join, status lines are skipped', async () => {
    const [conversation, ...rest] = await readConversations(adapter, TXT, options);
    expect(rest).to.have.length(0);
    expect(conversation!).to.include({ kind: 'chat', network: 'gg' });
    expect(conversation!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['2', 'customer'],
      ['4', 'shop'],
      ['6', 'customer'],
      ['7', 'shop'],
    ]);
    const [first, , afterMidnight, nextDay] = conversation!.messages;
    expect(first!.text).to.equal('Dobry wieczór, czy telewizor z zamówienia 4411 jest już wysłany?\nChodzi o ten 55 cali.');
    expect(first!.author).to.equal('Tomasz');
    // 23:58:10 on 4 Sep 2023 in Warsaw (UTC+2), date from the Polish header.
    expect(first!.sentAt!.toISOString()).to.equal('2023-09-04T21:58:10.000Z');
    // The time went back past midnight: it is the next day.
    expect(afterMidnight!.sentAt!.toISOString()).to.equal('2023-09-04T22:02:30.000Z');
    expect(nextDay!.sentAt!.toISOString()).to.equal('2023-09-05T06:10:00.000Z');
  });

  it('without --shop, the speaker who is not the buddy is on the other side only when evidence says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faqtory-pidgin-'));
    const path = join(dir, 'log.txt');
    await writeFile(
      path,
      'Conversation with 5550123 at 2023-09-04 10:00:00 on 40400404 (gadu-gadu)\n' +
        '(10:00:00) 40400404: Dzień dobry, w czym pomóc?\n' +
        '(10:00:20) Tomasz: Czy macie ładowarki USB-C?\n',
    );
    const [conversation] = await readConversations(adapter, path, readOptions());
    // The account number names the shop's own lines.
    expect(conversation!.messages.map((m) => m.role)).to.deep.equal(['shop', 'customer']);
  });

  it('reads an HTML log: colours tell sent from received, markup and entities are removed', async () => {
    const [conversation] = await readConversations(adapter, HTML, readOptions());
    expect(conversation!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['2', 'customer'],
      ['4', 'shop'],
      ['5', 'customer'],
    ]);
    expect(conversation!.messages[0]!.text).to.equal('Czy słuchawki "XB-900" działają z iPhone?\nPytam, bo nie widzę <Bluetooth 5.3>.');
    expect(conversation!.messages[2]!.sentAt!.toISOString()).to.equal('2023-09-05T11:05:00.000Z');
  });

  it('rejects a line whose time cannot be read', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/broken-time.txt`, options));
    expect(error.line).to.equal(3);
  });

  it('is detected by its header line in both variants', async () => {
    expect(adapter.detect(await sampleOf(TXT))).to.equal(true);
    expect(adapter.detect(await sampleOf(HTML))).to.equal(true);
    expect(detectFormat(await sampleOf(HTML)).id).to.equal('pidgin');
    expect(adapter.detect(await sampleOf('test/fixtures/gg/48123456'))).to.equal(false);
  });

  it('reads an HTML log without the leading <html> and files XMPP under its own network', async () => {
    const file = `${FIXTURES}/2024-03-07.093000+0100CET.html`;
    expect(adapter.detect(await sampleOf(file))).to.equal(true);
    const [conversation] = await readConversations(adapter, file, readOptions());
    expect(conversation!).to.include({ kind: 'chat', network: 'xmpp' });
    expect(conversation!.messages.map((m) => [m.role, m.text])).to.deep.equal([
      ['customer', 'Dobrý den, máte skladem duši 29"?'],
      ['shop', 'Ano, máme.'],
    ]);
  });

  it('reads times in the zone Pidgin wrote into the file name, not --timezone', async () => {
    const [conversation] = await readConversations(adapter, `${FIXTURES}/2011-12-09.011343-0800PST.html`, readOptions());
    expect(conversation!).to.include({ network: 'aim' });
    // 01:13:43 AM at UTC-8, whatever --timezone (Europe/Warsaw here) says.
    expect(conversation!.messages.map((m) => [m.role, m.sentAt!.toISOString()])).to.deep.equal([
      ['customer', '2011-12-09T09:13:43.000Z'],
      ['shop', '2011-12-09T09:15:02.000Z'],
    ]);
  });

  it('knows the buddy from its status lines when the account owner speaks first', async () => {
    const [conversation] = await readConversations(adapter, `${FIXTURES}/2024-03-08.101500+0100CET.txt`, readOptions());
    expect(conversation!.messages.map((m) => [m.role, m.author])).to.deep.equal([
      ['shop', null],
      ['customer', 'Tomasz'],
      ['shop', null],
    ]);
    expect(conversation!.rolesGuessed).to.equal(undefined);
  });

  it('says so when nothing tells who is the shop and the first speaker is taken as the customer', async () => {
    const file = `${FIXTURES}/2024-03-09.120000+0100CET.txt`;
    const [guessed] = await readConversations(adapter, file, readOptions());
    expect(guessed!.rolesGuessed).to.equal(true);
    expect(guessed!.messages.map((m) => m.role)).to.deep.equal(['customer', 'shop']);
    const [told] = await readConversations(adapter, file, readOptions({ shop: ['Obsługa'] }));
    expect(told!.rolesGuessed).to.equal(undefined);
  });
});
