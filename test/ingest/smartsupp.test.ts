import { expect } from 'chai';
import { adapter } from '../../src/ingest/smartsupp/index.js';
import { parseErrorOf, readConversations, readOptions, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/chat/smartsupp';
const options = readOptions({ timezone: 'Europe/Prague' });

describe('smartsupp reader', () => {
  it('numbers refs by position in messages[], system messages included', async () => {
    const [conversation, ...rest] = await readConversations(adapter, `${FIXTURES}/Kq3vT8LmZa.json`, options);
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
    const [conversation] = await readConversations(adapter, `${FIXTURES}/Kq3vT8LmZa.json`, options);
    const [, question, answer] = conversation!.messages;
    expect(question!.text).to.equal('Jak dlouho trvá vrácení peněz po vrácení zboží?');
    expect(question!.sentAt?.toISOString()).to.equal(new Date(1707818420000).toISOString());
    expect(question!.author).to.equal('lucie.dvorakova@example.cz');
    expect(answer!.text).to.equal('Peníze vracíme do 14 dnů od převzetí zásilky.');
  });

  it('takes the id of exports without a top-level id from their chat channel, so two data.json stay two conversations', async () => {
    const lucie = await readConversations(adapter, `${FIXTURES}/export/lucie/data.json`, options);
    const tomas = await readConversations(adapter, `${FIXTURES}/export/tomas/data.json`, options);
    expect(lucie.map((c) => c.id)).to.deep.equal(['58812']);
    expect(tomas.map((c) => c.id)).to.deep.equal(['58813']);
    expect(tomas[0]!.messages.map((m) => [m.ref, m.role, m.text])).to.deep.equal([
      ['58813#0', 'customer', 'Posíláte zboží i na Slovensko?'],
      ['58813#1', 'shop', 'Ano, do tří pracovních dnů.'],
    ]);
  });

  it('reads webhook payloads, whose conversation is wrapped in data.conversation', async () => {
    const [a] = await readConversations(adapter, `${FIXTURES}/webhook/a/data.json`, options);
    const [b] = await readConversations(adapter, `${FIXTURES}/webhook/b/data.json`, options);
    expect([a!.id, b!.id]).to.deep.equal(['Wb7kPq2Lxe', 'Zr4mNc8Tyu']);
    expect(a!.messages.map((m) => [m.ref, m.role, m.author, m.text])).to.deep.equal([
      ['Wb7kPq2Lxe#0', 'customer', 'eva@example.cz', 'Kdy budete mít znovu skladem zimní bundy?'],
      ['Wb7kPq2Lxe#1', 'shop', 'Martin', 'Příští týden.'],
    ]);
    expect(a!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-13T12:15:00.000Z');
  });

  it('rejects a cut-off file with the line where it ends', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/truncated.json`, options));
    expect(error.line).to.equal(6);
  });

  it('detects conversations by their typed messages', async () => {
    expect(adapter.detect(await sampleOf(`${FIXTURES}/Kq3vT8LmZa.json`))).to.equal(true);
    expect(adapter.detect(await sampleOf('test/fixtures/chat/chat-json/export.json'))).to.equal(false);
    expect(
      adapter.detect(await sampleOf('test/fixtures/chat/messenger/inbox/pavelnovak_5120394871/message_1.json')),
    ).to.equal(false);
  });
});
