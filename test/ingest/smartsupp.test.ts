import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { ParseError } from '../../src/errors.js';
import type { RawConversation } from '../../src/model.js';
import type { ReadOptions } from '../../src/ingest/adapter.js';
import { adapter } from '../../src/ingest/smartsupp/index.js';

const FIXTURES = 'test/fixtures/chat/smartsupp';
const options: ReadOptions = { shop: [], timezone: 'Europe/Prague', columns: {} };

async function readAll(path: string): Promise<RawConversation[]> {
  const { read } = await adapter.loadReader();
  const out: RawConversation[] = [];
  for await (const conversation of read(path, options)) out.push(conversation);
  return out;
}

async function sample(path: string) {
  const head = await readFile(path);
  return { path, head: head.subarray(0, 65536), size: head.length };
}

describe('smartsupp reader', () => {
  it('numbers refs by position in messages[], system messages included', async () => {
    const [conversation, ...rest] = await readAll(`${FIXTURES}/Kq3vT8LmZa.json`);
    expect(rest).to.have.length(0);
    expect(conversation!.id).to.equal('Kq3vT8LmZa');
    expect(conversation!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['Kq3vT8LmZa#1', 'customer'],
      ['Kq3vT8LmZa#2', 'customer'],
      ['Kq3vT8LmZa#4', 'shop'],
      ['Kq3vT8LmZa#6', 'customer'],
    ]);
  });

  it('reads text and epoch-millisecond times, also the API\'s {type, text} content', async () => {
    const [conversation] = await readAll(`${FIXTURES}/Kq3vT8LmZa.json`);
    const [, question, answer] = conversation!.messages;
    expect(question!.text).to.equal('Jak dlouho trvá vrácení peněz po vrácení zboží?');
    expect(question!.sentAt?.toISOString()).to.equal(new Date(1707818420000).toISOString());
    expect(question!.author).to.equal('lucie.dvorakova@example.cz');
    expect(answer!.text).to.equal('Peníze vracíme do 14 dnů od převzetí zásilky.');
  });

  it('rejects a cut-off file with the line where it ends', async () => {
    const error = await readAll(`${FIXTURES}/truncated.json`).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect((error as ParseError).line).to.equal(6);
  });

  it('detects conversations by their typed messages', async () => {
    expect(adapter.detect(await sample(`${FIXTURES}/Kq3vT8LmZa.json`))).to.equal(true);
    expect(adapter.detect(await sample('test/fixtures/chat/chat-json/export.json'))).to.equal(false);
    expect(
      adapter.detect(await sample('test/fixtures/chat/messenger/inbox/pavelnovak_5120394871/message_1.json')),
    ).to.equal(false);
  });
});
