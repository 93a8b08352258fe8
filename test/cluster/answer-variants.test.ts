import { expect } from 'chai';
import { answerVariants, distinctReplies, MAX_VARIANTS, type TopicReply } from '../../src/cluster/answer-variants.js';
import { suggestedAnswer } from '../../src/cluster/suggested-answer.js';
import { adapter as chatJson } from '../../src/ingest/chat-json/index.js';
import { adapter as mbox } from '../../src/ingest/mbox/index.js';
import type { RawMessage, ConversationKind } from '../../src/model.js';
import { findReplies } from '../../src/text/reply/index.js';
import { readConversations, readOptions } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/replies';
const SHOP = readOptions({ shop: ['Sklep Rowerowy', 'sklep-rowerowy.example'] });

/** The shop's answers to the opening question of each conversation in the fixture logs. */
async function returnReplies(): Promise<TopicReply[]> {
  const chats = await readConversations(chatJson, `${FIXTURES}/returns-chat.json`, SHOP);
  const mails = (await readConversations(mbox, `${FIXTURES}/returns.mbox`, SHOP)).flatMap((c) => c.messages);
  const threads: { channel: TopicReply['channel']; kind: ConversationKind; messages: RawMessage[] }[] = [
    ...chats.map((c) => ({ channel: 'chat' as const, kind: c.kind, messages: c.messages })),
    { channel: 'email', kind: 'mail', messages: mails.sort((a, b) => a.sentAt!.getTime() - b.sentAt!.getTime()) },
  ];
  return threads.map(({ channel, kind, messages }) => {
    const [reply] = findReplies(messages, [0], { kind });
    expect(reply, `a reply in ${channel}`).to.not.equal(null);
    return { text: reply!.text, channel, lang: 'pl' };
  });
}

describe('answerVariants', () => {
  it('flags a topic where chat said 14 days and e-mail said 30 days for a return', async () => {
    const result = answerVariants(distinctReplies(await returnReplies()));
    expect(result.consistent).to.equal(false);
    expect(result.variants.map((v) => [v.count, v.channels])).to.deep.equal([
      [3, ['chat']],
      [1, ['email']],
    ]);
    expect(result.variants[1]!.text).to.contain('30 dni');
    expect(result.conflicts).to.deep.equal([
      {
        fact: 'days',
        statements: [
          { variant: 0, values: ['14'] },
          { variant: 1, values: ['30'] },
        ],
      },
    ]);
  });

  it('keeps replies that agree in one variant per wording and calls them consistent', () => {
    const replies: TopicReply[] = [
      { text: 'Zamówienia złożone do 13:00 wysyłamy tego samego dnia roboczego.', channel: 'chat', lang: 'pl' },
      { text: 'Zamówienia złożone do 13:00 wysyłamy tego samego dnia roboczego.', channel: 'email', lang: 'pl' },
      { text: 'Zamówienia złożone do 13:00 nadajemy tego samego dnia roboczego.', channel: 'skype', lang: 'pl' },
      { text: 'Najlepiej zadzwonić do nas, konsultanci wszystko wyjaśnią.', channel: 'chat', lang: 'pl' },
    ];
    const result = answerVariants(distinctReplies(replies));
    expect(result.consistent).to.equal(true);
    expect(result.conflicts).to.deep.equal([]);
    expect(result.variants).to.deep.equal([
      { text: replies[0]!.text, count: 3, channels: ['chat', 'email', 'skype'] },
      { text: replies[3]!.text, count: 1, channels: ['chat'] },
    ]);
  });

  it('flags yes against no', () => {
    const result = answerVariants(distinctReplies([
      { text: 'Tak, wysyłamy również do Czech.', channel: 'chat', lang: 'pl' },
      { text: 'Niestety, nie wysyłamy do Czech.', channel: 'phone', lang: 'pl' },
    ]));
    expect(result.consistent).to.equal(false);
    expect(result.conflicts.map((c) => c.fact)).to.deep.equal(['polarity']);
  });
});

describe('answerVariants on agents who answer in free text', () => {
  it('lists the most frequent variants only, and stays fast for thousands of one-off replies', () => {
    const words = 'zwrot paczka kurier formularz konto zamówienie reklamacja faktura dostawa odbiór płatność karta przelew gwarancja serwis'.split(' ');
    const pick = (i: number, k: number) => words[(i * 31 + k * 17 + ((i * k) % 13)) % words.length];
    const replies: TopicReply[] = Array.from({ length: 5000 }, (_, i) => ({
      text: `${Array.from({ length: 10 }, (_, k) => pick(i, k)).join(' ')} ${i} dni.`,
      channel: 'chat',
      lang: 'pl',
    }));
    replies.push(...Array.from({ length: 40 }, (): TopicReply => ({ text: 'Zwrotu można dokonać w ciągu 14 dni.', channel: 'email', lang: 'pl' })));
    const started = Date.now();
    const result = answerVariants(distinctReplies(replies));
    expect(Date.now() - started).to.be.below(3000);
    expect(result.variants.length).to.be.at.most(MAX_VARIANTS);
    expect(result.variants[0]).to.deep.equal({ text: 'Zwrotu można dokonać w ciągu 14 dni.', count: 40, channels: ['email'] });
  });
});

describe('suggestedAnswer', () => {
  it("picks the topic's most representative reply and counts the replies that say the same", async () => {
    const suggested = suggestedAnswer(distinctReplies(await returnReplies()));
    expect(suggested).to.deep.equal({
      text: 'Zwrotu można dokonać w ciągu 14 dni od otrzymania paczki. Formularz jest na https://sklep-rowerowy.example/zwroty.',
      count: 3,
      channels: ['chat'],
    });
  });

  it('takes no support from a reply that states other facts, however alike its wording', () => {
    const replies: TopicReply[] = [
      { text: 'Zwrotu można dokonać w ciągu 14 dni od otrzymania paczki, formularz jest w zakładce Moje konto.', channel: 'gg', lang: 'pl' },
      { text: 'Zwrot można zgłosić w ciągu 14 dni w zakładce Moje konto.', channel: 'email', lang: 'pl' },
      { text: 'Zwrotu można dokonać w ciągu 30 dni od otrzymania paczki, zgłoszenie złoży Pani w zakładce Moje konto → Zamówienia.', channel: 'chat', lang: 'pl' },
      { text: 'Koszt odesłania pokrywa kupujący, chyba że towar był wadliwy.', channel: 'gg', lang: 'pl' },
      { text: 'Kurier doręcza zwykle w 1–2 dni robocze.', channel: 'phone', lang: 'pl' },
      { text: 'Wystarczy numer zamówienia zamiast paragonu.', channel: 'phone', lang: 'pl' },
    ];
    const suggested = suggestedAnswer(distinctReplies(replies))!;
    expect(suggested.text).to.contain('14 dni');
    expect(suggested.channels).to.not.include('chat');
  });

  it('is null for a topic without replies', () => {
    expect(suggestedAnswer(distinctReplies([]))).to.equal(null);
  });
});
