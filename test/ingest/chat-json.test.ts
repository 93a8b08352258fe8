import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { ParseError } from '../../src/errors.js';
import type { RawConversation } from '../../src/model.js';
import type { ReadOptions } from '../../src/ingest/adapter.js';
import { adapter } from '../../src/ingest/chat-json/index.js';

const FIXTURES = 'test/fixtures/chat/chat-json';
const options: ReadOptions = { shop: [], timezone: 'Europe/Prague', columns: {} };

async function readAll(path: string, opts: ReadOptions = options): Promise<RawConversation[]> {
  const { read } = await adapter.loadReader();
  const out: RawConversation[] = [];
  for await (const conversation of read(path, opts)) out.push(conversation);
  return out;
}

async function sample(path: string) {
  const head = await readFile(path);
  return { path, head: head.subarray(0, 65536), size: head.length };
}

describe('chat-json reader', () => {
  it('groups by chat id, takes refs from the id field and roles from the direction', async () => {
    const conversations = await readAll(`${FIXTURES}/export.json`);
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
    const [first, second] = await readAll(`${FIXTURES}/export.json`);
    expect(first!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-15T10:00:00.000Z');
    expect(second!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-15T11:00:00.000Z');
  });

  it('numbers a plain list from 1 and tells the shop by --shop', async () => {
    const conversations = await readAll(`${FIXTURES}/plain-list.json`, { ...options, shop: ['Sklep Rowerowy'] });
    const messages = conversations.flatMap((c) => c.messages);
    expect(messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['1', 'customer'],
      ['2', 'shop'],
      ['3', 'customer'],
    ]);
    expect(conversations).to.have.length(1);
  });

  it('follows --columns into nested fields', async () => {
    const conversations = await readAll(`${FIXTURES}/export.json`, { ...options, columns: { author: 'from.email' } });
    expect(conversations[0]!.messages[0]!.author).to.equal('eva@example.cz');
  });

  it('reports a syntax error with its line', async () => {
    const error = await readAll(`${FIXTURES}/broken.json`).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect((error as ParseError).line).to.equal(4);
  });

  it('detects lists of messages with a text field', async () => {
    expect(adapter.detect(await sample(`${FIXTURES}/export.json`))).to.equal(true);
    expect(adapter.detect(await sample(`${FIXTURES}/plain-list.json`))).to.equal(true);
    expect(adapter.detect(await sample(`${FIXTURES}/broken.json`))).to.equal(true); // so its error is reported
    expect(adapter.detect(await sample('test/fixtures/chat/chat-csv/rozmowy.csv'))).to.equal(false);
  });
});
