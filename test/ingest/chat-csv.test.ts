import { expect } from 'chai';
import type { ParseError } from '../../src/errors.js';
import { adapter } from '../../src/ingest/chat-csv/index.js';
import { parseErrorOf, readConversations, readOptions, rejectionOf, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/chat/chat-csv';

describe('chat-csv reader', () => {
  it('reads a Polish ";" CSV with BOM, CRLF and a multi-line quoted answer', async () => {
    const conversations = await readConversations(adapter, `${FIXTURES}/rozmowy.csv`);
    expect(conversations.map((c) => c.id)).to.deep.equal(['501', '502']);
    const [first, second] = conversations;
    expect(first!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['1', 'customer'],
      ['2', 'shop'],
    ]);
    expect(first!.messages[1]!.text).to.equal('Tak, płatność przy odbiorze jest dostępna\ndo kwoty 5000 zł.');
    expect(second!.messages[0]!.ref).to.equal('4');
    expect(second!.messages[0]!.text).to.equal('Jaki jest koszt wysyłki do Czech; i ile to trwa?');
  });

  it('reads local times in the given time zone', async () => {
    const [first, second] = await readConversations(adapter, `${FIXTURES}/rozmowy.csv`);
    expect(first!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-10T08:15:00.000Z');
    expect(second!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-10T10:02:00.000Z');
  });

  it('reads a windows-1250 Czech CSV without a role column, using --shop for the shop', async () => {
    const conversations = await readConversations(adapter, `${FIXTURES}/konverzace-cp1250.csv`, readOptions({ shop: ['Kolárna'] }));
    expect(conversations.map((c) => c.messages.map((m) => [m.ref, m.role, m.author]))).to.deep.equal([
      [
        ['1', 'customer', 'Petra Malá'],
        ['2', 'shop', 'Kolárna'],
      ],
      [['3', 'customer', 'Jiří Černý']],
    ]);
    expect(conversations[1]!.messages[0]!.text).to.equal('Jak si můžu změnit doručovací adresu?');
  });

  it('explains how to map a text column it does not recognise, and follows --columns', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/no-text-column.csv`));
    expect(error.reason).to.contain('"comment_body"').and.to.contain('--columns text=');
    const mapped = readOptions({ columns: { text: 'comment_body' } });
    const [conversation] = await readConversations(adapter, `${FIXTURES}/no-text-column.csv`, mapped);
    expect(conversation!.messages[0]!.text).to.equal('Gdzie jest moja paczka?');
  });

  it('names a --columns column that is not in the file', async () => {
    const noSuchColumn = readOptions({ columns: { text: 'Message' } });
    const error = await rejectionOf(readConversations(adapter, `${FIXTURES}/rozmowy.csv`, noSuchColumn));
    expect((error as ParseError).reason).to.contain('no column "Message"');
  });

  it('rejects a quote that is never closed', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/unclosed-quote.csv`));
    expect(error.line).to.be.a('number');
  });

  it('detects chat logs by their header', async () => {
    expect(adapter.detect(await sampleOf(`${FIXTURES}/rozmowy.csv`))).to.equal(true);
    expect(adapter.detect(await sampleOf(`${FIXTURES}/konverzace-cp1250.csv`))).to.equal(true);
    expect(adapter.detect(await sampleOf(`${FIXTURES}/no-text-column.csv`))).to.equal(false);
    expect(adapter.detect(await sampleOf('test/fixtures/chat/chat-json/export.json'))).to.equal(false);
  });
});
