import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import iconv from 'iconv-lite';
import { canonicalPhone } from '../../src/ingest/phone-csv/phone-number.js';
import { adapter } from '../../src/ingest/phone-csv/index.js';
import { customerPartOfCallNote, withoutMarkedFraming } from '../../src/text/call-note.js';
import { readCsvRows, sniffCsvDialect } from '../../src/ingest/csv/index.js';
import { parseErrorOf, readConversations, readOptions, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/phone';

describe('phone-csv reader', () => {
  it('reads a windows-1250, semicolon, CRLF export with Polish headers and multi-line notes', async () => {
    const conversations = await readConversations(adapter, `${FIXTURES}/notatki-rozmow.csv`);
    const messages = conversations.map((c) => c.messages[0]!);
    expect(conversations.every((c) => c.messages.length === 1 && c.kind === 'call')).to.equal(true);
    // R-1005 has an empty note: nothing to ask.
    expect(messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['R-1001', 'customer'],
      ['R-1002', 'shop'],
      ['R-1003', 'customer'],
      ['R-1004', 'customer'],
    ]);
    expect(conversations[0]!.id).to.equal('phone:R-1001');
    // The whole note is kept: the caller's words are the question, the agent's record is the reply.
    expect(messages[0]!.text).to.equal('Klientka pyta: „Czy mogę odebrać zamówienie w sklepie w Krakowie?” Udzielono informacji.');
    expect(customerPartOfCallNote(messages[0]!.text)).to.equal('Czy mogę odebrać zamówienie w sklepie w Krakowie?');
    // "+48 601 202 303" in the file: one canonical form with and without the country code.
    expect(messages[0]!.author).to.equal('601202303');
    // 09:15 in Warsaw on 29 March 2024 is still winter time (UTC+1).
    expect(messages[0]!.sentAt!.toISOString()).to.equal('2024-03-29T08:15:00.000Z');
    expect(messages[1]!.sentAt!.toISOString()).to.equal('2024-03-31T08:05:12.000Z');
    // The multi-line note keeps the agent's "Odp.:" answer for the reply; the question is without it.
    expect(messages[2]!.text).to.include('Odp.: Tak, kurier ma terminal.');
    expect(customerPartOfCallNote(messages[2]!.text)).to.equal('czy można zapłacić kartą przy odbiorze.');
    expect(messages[2]!.author).to.equal('512345678');
    expect(customerPartOfCallNote(messages[3]!.text)).to.equal('Ekspres przecieka');
    expect(messages[3]!.author).to.equal('Zofia');
  });

  it('reads a UTF-8 (BOM), comma-separated Czech export without call ids: ref = record number', async () => {
    const messages = (await readConversations(adapter, `${FIXTURES}/hovory-cs.csv`)).map((c) => c.messages[0]!);
    expect(messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['1', 'customer'],
      ['2', 'shop'],
      ['3', 'customer'],
    ]);
    expect(customerPartOfCallNote(messages[0]!.text)).to.equal('Kdy dorazí objednaná pračka, objednávka je zaplacená?');
    expect(messages[0]!.sentAt!.toISOString()).to.equal('2024-01-15T10:20:00.000Z');
    expect(customerPartOfCallNote(messages[2]!.text)).to.equal('nefunguje mi přihlášení do účtu.');
  });

  it('combines a date-only column with a separate time column (Data + Godzina)', async () => {
    const calls = await readConversations(adapter, `${FIXTURES}/rozmowy-data-godzina.csv`, readOptions({ timezone: 'Europe/Warsaw' }));
    expect(calls.map((c) => c.messages[0]!.sentAt!.toISOString())).to.deep.equal([
      '2024-03-04T08:15:00.000Z',
      '2024-03-04T15:40:05.000Z',
    ]);
  });

  it('names the columns it found when there is no note column, and takes --columns', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/calls-custom.tsv`));
    expect(error.line).to.equal(1);
    expect(error.message).to.include('summary_text').and.to.include('--columns note=');
    const london = readOptions({ timezone: 'Europe/London', columns: { note: 'summary_text', started_at: 'when' } });
    const [conversation] = await readConversations(adapter, `${FIXTURES}/calls-custom.tsv`, london);
    expect(conversation!.messages[0]).to.include({ ref: '17', role: 'customer' });
    expect(customerPartOfCallNote(conversation!.messages[0]!.text)).to.equal('do you ship to Northern Ireland?');
    expect(conversation!.messages[0]!.sentAt!.toISOString()).to.equal('2024-02-01T16:00:00.000Z');
    const noSuchColumn = readOptions({ columns: { note: 'Notatka' } });
    const wrong = await parseErrorOf(readConversations(adapter, `${FIXTURES}/calls-custom.tsv`, noSuchColumn));
    expect(wrong.message).to.include('Notatka');
  });

  it('rejects unbalanced quotes at the record where the quote opens', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/broken-quotes.csv`));
    expect(error.line).to.equal(3);
  });

  it('rejects a start time it cannot read', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'faqtory-phone-')), 'calls.csv');
    await writeFile(path, 'call_id,started_at,direction,note\nA1,2024-01-02 10:00,inbound,Klient pyta: raty?\nA2,wczoraj,inbound,Klient pyta: zwrot?\n');
    const error = await parseErrorOf(readConversations(adapter, path));
    expect(error.line).to.equal(3);
    expect(error.message).to.include('wczoraj');
  });

  it('is detected by its header, not by its name', async () => {
    for (const name of ['notatki-rozmow.csv', 'hovory-cs.csv', 'broken-quotes.csv']) {
      expect(adapter.detect(await sampleOf(`${FIXTURES}/${name}`)), name).to.equal(true);
    }
    const chat = join(await mkdtemp(join(tmpdir(), 'faqtory-phone-')), 'calls.csv');
    await writeFile(chat, 'timestamp,author,message\n2024-01-01 10:00,Ola,Czy jest dostawa?\n');
    expect(adapter.detect(await sampleOf(chat))).to.equal(false);
    // A sender column makes it a chat transcript, even with call-like id and note columns.
    await writeFile(chat, 'ID rozmowy;Data;Nadawca;Treść\n501;2024-02-10 09:15;Jan;Czy jest dostawa?\n');
    expect(adapter.detect(await sampleOf(chat))).to.equal(false);
    expect(adapter.detect(await sampleOf('test/fixtures/gg/48123456'))).to.equal(false);
  });

});

describe('csv records', () => {
  it('sniffs delimiter and charset', async () => {
    expect(sniffCsvDialect(await readFile(`${FIXTURES}/notatki-rozmow.csv`))).to.deep.equal({ delimiter: ';', charset: 'windows-1250' });
    expect(sniffCsvDialect(await readFile(`${FIXTURES}/hovory-cs.csv`))).to.deep.equal({ delimiter: ',', charset: 'utf8' });
    expect(sniffCsvDialect(await readFile(`${FIXTURES}/calls-custom.tsv`)).delimiter).to.equal('\t');
    // Commas inside quoted notes do not outvote the real separator.
    const quoted = Buffer.from('a;b;c\n1;"x, y, z, w";2\n3;"p, q, r";4\n');
    expect(sniffCsvDialect(quoted).delimiter).to.equal(';');
    expect(sniffCsvDialect(iconv.encode('id;uwagi\n1;ąśź\n', 'iso-8859-2')).charset).to.equal('iso-8859-2');
  });

  it('streams rows with the line each starts on, across chunk boundaries', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'faqtory-csv-')), 'big.csv');
    const filler = 'zażółć gęślą jaźń '.repeat(4);
    const rows = ['id;note'];
    for (let i = 1; i <= 30000; i++) rows.push(i % 1000 === 0 ? `${i};"line one\r\nline two"` : `${i};${filler}${i}`);
    const bytes = iconv.encode(rows.join('\r\n') + '\r\n', 'windows-1250');
    expect(bytes.length).to.be.greaterThan(2 << 20); // several 1 MiB read chunks
    await writeFile(path, bytes);
    const wrong: string[] = [];
    let count = 0;
    let expectedLine = 1;
    for await (const row of readCsvRows(path, { delimiter: ';', charset: 'windows-1250' })) {
      const expectedNote = count === 0 ? 'note' : count % 1000 === 0 ? 'line one\nline two' : `${filler}${count}`;
      if (row.line !== expectedLine || row.fields[1] !== expectedNote) wrong.push(`${row.line}: ${row.fields.join(';')}`);
      expectedLine += row.fields[1]!.includes('\n') ? 2 : 1;
      count++;
    }
    expect(wrong.slice(0, 3)).to.deep.equal([]);
    expect(count).to.equal(30001);
  });
});

describe('call note cleaning', () => {
  const cases: [string, string][] = [
    ['Klientka pyta: „Czy mogę zapłacić BLIKiem?” Udzielono informacji.', 'Czy mogę zapłacić BLIKiem?'],
    ['Pani Marta zgłasza: muszę mieć paragon? OK.', 'muszę mieć paragon?'],
    ['Pan Jan Nowak dzwoni z pytaniem, ile trwa dostawa. Odp.: 1-2 dni.', 'ile trwa dostawa.'],
    ['Zákazník se ptá: Můžu platit kartou? Vysvětlen postup.', 'Můžu platit kartou?'],
    ['Customer asks: "Do you deliver on Sundays?" Explained.', 'Do you deliver on Sundays?'],
    ['Tel. – kl. pyta, czy jest outlet.', 'czy jest outlet.'],
    ['Klient pyta o raty.', 'Klient pyta o raty.'],
    ['Pomyłka – dzwoniący szukał przychodni.', 'Pomyłka – dzwoniący szukał przychodni.'],
    ['Klientka pyta: „Czy produkt „na zamówienie” dojdzie przed świętami?” Wyjaśniłam.', 'Czy produkt „na zamówienie” dojdzie przed świętami?'],
  ];
  for (const [note, expected] of cases) {
    it(`keeps the caller's words of: ${note}`, () => {
      expect(withoutMarkedFraming(note)).to.equal(expected);
    });
  }
});

describe('canonicalPhone', () => {
  it('writes one caller one way, keeps foreign numbers international, refuses fragments', () => {
    expect(['+48 601 202 303', '0048 601-202-303', '601 202 303'].map(canonicalPhone)).to.deep.equal(['601202303', '601202303', '601202303']);
    expect(canonicalPhone('+420 777 888 999')).to.equal('777888999');
    expect(canonicalPhone('+44 20 7946 0958')).to.equal('+442079460958');
    expect(canonicalPhone('wew. 12')).to.equal(null);
  });
});
