import { expect } from 'chai';
import { adapter as chatJson } from '../../../src/ingest/chat-json/index.js';
import { adapter as mbox } from '../../../src/ingest/mbox/index.js';
import type { RawConversation, RawMessage } from '../../../src/model.js';
import { extractQuestions } from '../../../src/text/extract-questions.js';
import { findReplies, type FoundReply } from '../../../src/text/reply/index.js';
import { readConversations, readOptions } from '../../helpers/read-format.js';

const FIXTURES = 'test/fixtures/replies';
const SHOP = readOptions({ shop: ['Sklep Rowerowy', 'sklep-rowerowy.example'] });

/** The replies to the questions the real extractor finds, keyed by the question's ref. */
function repliesOf(conversation: RawConversation): Map<string, FoundReply | null> {
  const refs = new Set(extractQuestions(conversation, { continuing: false }).map((q) => q.ref));
  const indexes = conversation.messages.flatMap((m, i) => (refs.has(m.ref) ? [i] : []));
  const replies = findReplies(conversation.messages, indexes, { kind: conversation.kind });
  return new Map(indexes.map((index, k) => [conversation.messages[index]!.ref, replies[k]!]));
}

async function chat(id: string): Promise<RawConversation> {
  const conversations = await readConversations(chatJson, `${FIXTURES}/chats.json`, SHOP);
  const found = conversations.find((c) => c.id === id);
  expect(found, id).to.not.equal(undefined);
  return found!;
}

describe('findReplies', () => {
  it('passes over the welcome line, the request for the order number and the holding reply to take the later answer', async () => {
    const replies = repliesOf(await chat('holding'));
    expect([...replies.keys()]).to.deep.equal(['h-3']);
    const reply = replies.get('h-3')!;
    expect(reply.ref).to.equal('h-7');
    expect(reply.text).to.equal('Na zwrot ma Pani 30 dni od odbioru – formularz jest na https://sklep-rowerowy.example/zwroty.');
    // The customer waited for the answer, not for "let me check".
    expect(reply.repliedAt?.toISOString()).to.equal('2024-03-04T08:09:00.000Z');
  });

  it('finds no answer when the shop only sent an auto-reply, a holding reply and wishes', async () => {
    const replies = repliesOf(await chat('auto'));
    expect([...replies.entries()]).to.deep.equal([['a-1', null]]);
  });

  it('gives a reply after a new question to that question, not to the one still waiting', async () => {
    const replies = repliesOf(await chat('new-question'));
    expect(replies.get('n-1')).to.equal(null);
    expect(replies.get('n-3')?.text).to.equal('Yes, PayPal is available at checkout.');
  });

  it("takes the shop's e-mail reply without greeting, signature, sign-off or the quoted question", async () => {
    const conversations = await readConversations(mbox, `${FIXTURES}/thread.mbox`, SHOP);
    const messages: RawMessage[] = conversations
      .flatMap((c) => c.messages)
      .sort((a, b) => a.sentAt!.getTime() - b.sentAt!.getTime());
    expect(messages.map((m) => m.role)).to.deep.equal(['customer', 'shop', 'customer']);
    const replies = repliesOf({ id: 'thread', kind: 'mail', messages });
    expect([...replies.keys()]).to.deep.equal(['q-1@example.pl']);
    expect(replies.get('q-1@example.pl')).to.deep.equal({
      text: 'Dostawa roweru kurierem kosztuje 49 zł, od 2000 zł jest bezpłatna.',
      repliedAt: new Date('2024-03-04T10:00:00Z'),
      ref: 'r-1@sklep-rowerowy.example',
    });
  });

  it('reads the answer a phone agent recorded in the call note itself', () => {
    const note: RawMessage = {
      ref: 'CL-1',
      role: 'customer',
      author: '+48 600 100 200',
      sentAt: new Date('2024-03-04T09:00:00Z'),
      text: 'Klientka pyta, ile trwa zwrot pieniędzy. Poinformowano, że zwrot środków zlecamy do 14 dni od otrzymania paczki. Udzielono informacji.',
    };
    const [reply] = findReplies([note], [0], { kind: 'call' });
    expect(reply).to.deep.equal({ text: 'Zwrot środków zlecamy do 14 dni od otrzymania paczki.', repliedAt: note.sentAt, ref: 'CL-1' });
  });

  it('takes a redirect ("please call us") only when no answer follows it', () => {
    const at = (minute: number) => new Date(Date.UTC(2024, 2, 4, 9, minute));
    const messages: RawMessage[] = [
      { ref: 'q', role: 'customer', author: 'a', sentAt: at(0), text: 'Czy mogę zmienić adres dostawy?' },
      { ref: 'r', role: 'shop', author: 'shop', sentAt: at(5), text: 'Najlepiej zadzwonić do nas: 33 849 38 10.' },
      { ref: 'a', role: 'shop', author: 'shop', sentAt: at(9), text: 'Adres możemy zmienić, dopóki paczka nie została nadana.' },
    ];
    expect(findReplies(messages, [0], { kind: 'chat' })[0]?.ref).to.equal('a');
    expect(findReplies(messages.slice(0, 2), [0], { kind: 'chat' })[0]).to.deep.equal({
      text: 'Najlepiej zadzwonić do nas: 33 849 38 10.',
      repliedAt: at(5),
      ref: 'r',
    });
  });

  it('never takes customer text, even when the shop wrote nothing', () => {
    const messages: RawMessage[] = [
      { ref: '1', role: 'customer', author: 'a', sentAt: null, text: 'Czy wysyłacie do Niemiec?' },
      { ref: '2', role: 'customer', author: 'a', sentAt: null, text: 'Wysyłka do Niemiec kosztuje ile?' },
    ];
    expect(findReplies(messages, [0], { kind: 'chat' })).to.deep.equal([null]);
  });
});
