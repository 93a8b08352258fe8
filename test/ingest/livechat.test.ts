import { expect } from 'chai';
import { adapter } from '../../src/ingest/livechat/index.js';
import { parseErrorOf, readConversations, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/chat/livechat';

describe('livechat reader', () => {
  it('maps customers and agents to roles and leaves out notes, forms, files and system messages', async () => {
    const [first] = await readConversations(adapter, `${FIXTURES}/archives.json`);
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
    const [, second] = await readConversations(adapter, `${FIXTURES}/archives.json`);
    expect(second!.messages.map((m) => [m.role, m.text])).to.deep.equal([
      ['customer', 'Dobrý den, máte skladem přilby velikosti M?'],
      ['shop', 'Přilba Urban M\nSkladem, 1 290 Kč'],
    ]);
  });

  it('rejects chats without a thread of events', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/broken.json`));
    expect(error.line).to.equal(3);
    expect(error.reason).to.match(/thread/);
  });

  it('detects archives by content', async () => {
    expect(adapter.detect(await sampleOf(`${FIXTURES}/archives.json`))).to.equal(true);
    expect(adapter.detect(await sampleOf(`${FIXTURES}/broken.json`))).to.equal(true); // so its error is reported
    expect(adapter.detect(await sampleOf('test/fixtures/chat/skype/messages.json'))).to.equal(false);
    expect(adapter.detect(await sampleOf('test/fixtures/chat/smartsupp/Kq3vT8LmZa.json'))).to.equal(false);
  });
});
