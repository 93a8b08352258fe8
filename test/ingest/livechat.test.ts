import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { ParseError } from '../../src/errors.js';
import type { RawConversation } from '../../src/model.js';
import type { ReadOptions } from '../../src/ingest/adapter.js';
import { adapter } from '../../src/ingest/livechat/index.js';

const FIXTURES = 'test/fixtures/chat/livechat';
const options: ReadOptions = { shop: [], timezone: 'Europe/Warsaw', columns: {} };

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

describe('livechat reader', () => {
  it('maps customers and agents to roles and leaves out notes, forms, files and system messages', async () => {
    const [first] = await readAll(`${FIXTURES}/archives.json`);
    expect(first!.id).to.equal('RX4K2M9QPL');
    expect(first!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['SB8N3T1WQZ_2', 'shop'],
      ['SB8N3T1WQZ_3', 'customer'],
      ['SB8N3T1WQZ_5', 'shop'],
    ]);
    const question = first!.messages[1]!;
    expect(question.text).to.equal('Czy rower 28" zmieści się na bagażniku samochodowym?');
    expect(question.key).to.equal('livechat:RX4K2M9QPL:SB8N3T1WQZ_3');
    expect(question.sentAt?.toISOString()).to.equal('2024-02-12T08:00:30.500Z');
    expect(question.author).to.equal('b7e1c0de-4a51-4f7e-9d3a-2f6c1a9e0b11');
  });

  it('takes the visible text of rich messages as the agent\'s', async () => {
    const [, second] = await readAll(`${FIXTURES}/archives.json`);
    expect(second!.messages.map((m) => [m.role, m.text])).to.deep.equal([
      ['customer', 'Dobrý den, máte skladem přilby velikosti M?'],
      ['shop', 'Přilba Urban M\nSkladem, 1 290 Kč'],
    ]);
  });

  it('rejects chats without a thread of events', async () => {
    const error = await readAll(`${FIXTURES}/broken.json`).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect((error as ParseError).line).to.equal(3);
    expect((error as ParseError).reason).to.match(/thread/);
  });

  it('detects archives by content', async () => {
    expect(adapter.detect(await sample(`${FIXTURES}/archives.json`))).to.equal(true);
    expect(adapter.detect(await sample(`${FIXTURES}/broken.json`))).to.equal(true); // so its error is reported
    expect(adapter.detect(await sample('test/fixtures/chat/skype/messages.json'))).to.equal(false);
    expect(adapter.detect(await sample('test/fixtures/chat/smartsupp/Kq3vT8LmZa.json'))).to.equal(false);
  });
});
