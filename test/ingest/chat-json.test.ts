import { expect } from 'chai';
import { adapter } from '../../src/ingest/chat-json/index.js';
import { parseErrorOf, readConversations, readOptions, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/chat/chat-json';
const options = readOptions({ timezone: 'Europe/Prague' });

describe('chat-json reader', () => {
  it('groups by chat id, takes refs from the id field and roles from the direction', async () => {
    const conversations = await readConversations(adapter, `${FIXTURES}/export.json`, options);
    expect(conversations.map((c) => [c.id, c.messages.map((m) => [m.ref, m.role, m.author])])).to.deep.equal([
      [
        'c-9',
        [
          ['m-1', 'customer', 'Eva Horáková'],
          ['m-2', 'shop', 'Podpora'],
        ],
      ],
      ['c-10', [['m-3', 'customer', 'Karel']]],
    ]);
  });

  it('reads epoch seconds and local times in the given zone', async () => {
    const [first, second] = await readConversations(adapter, `${FIXTURES}/export.json`, options);
    expect(first!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-15T10:00:00.000Z');
    expect(second!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-15T11:00:00.000Z');
  });

  it('numbers a plain list from 1 and tells the shop by --shop', async () => {
    const conversations = await readConversations(adapter, `${FIXTURES}/plain-list.json`, { ...options, shop: ['Sklep Rowerowy'] });
    const messages = conversations.flatMap((c) => c.messages);
    expect(messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['1', 'customer'],
      ['2', 'shop'],
      ['3', 'customer'],
    ]);
    expect(conversations).to.have.length(1);
  });

  it('follows --columns into nested fields', async () => {
    const nested = { ...options, columns: { author: 'from.email' } };
    const conversations = await readConversations(adapter, `${FIXTURES}/export.json`, nested);
    expect(conversations[0]!.messages[0]!.author).to.equal('eva@example.cz');
  });

  it('reports a syntax error with its line', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/broken.json`, options));
    expect(error.line).to.equal(4);
  });

  it('detects lists of messages with a text field', async () => {
    expect(adapter.detect(await sampleOf(`${FIXTURES}/export.json`))).to.equal(true);
    expect(adapter.detect(await sampleOf(`${FIXTURES}/plain-list.json`))).to.equal(true);
    expect(adapter.detect(await sampleOf(`${FIXTURES}/broken.json`))).to.equal(true); // so its error is reported
    expect(adapter.detect(await sampleOf('test/fixtures/chat/chat-csv/rozmowy.csv'))).to.equal(false);
  });
});
