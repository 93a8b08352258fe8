import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerVariants, type TopicReply } from '../src/cluster/answer-variants.js';
import { suggestedAnswer } from '../src/cluster/suggested-answer.js';
import { findFiles } from '../src/ingest/find-files.js';
import { sampleFile } from '../src/ingest/file-sample.js';
import { adapters } from '../src/ingest/registry.js';
import { channelOf } from '../src/ingest/channel.js';
import type { Channel, ConversationKind, RawConversation, RawMessage } from '../src/model.js';
import { extractQuestions } from '../src/text/extract-questions.js';
import { detectLanguage } from '../src/text/language.js';
import { foldKeepingOffsets } from '../src/text/fold.js';
import { stripQuotedText } from '../src/text/strip-quotes.js';
import { findReplies, readShopMessage, replySimilarity, replyVector } from '../src/text/reply/index.js';
import { SAMPLES_DIR } from './bench-samples.js';
import { readSampleRows, SAMPLE_SHOP, sampleKey } from './shop-samples.js';
import { printTable } from './table.js';

/**
 * Reply extraction on the labelled shop logs, read through the real format readers: per
 * channel, how many questions got a reply, whether every reply came from a message the labels
 * list as the shop's (shop_refs.csv), how often the first shop message after the question was
 * passed over (holding replies, requests for the order number, welcome lines), how many got
 * only a redirect ("please call us"), and whether any
 * customer text leaked into a reply. Then, per labelled intent, the answer variants and
 * whether they are consistent. The pipeline does not store replies yet, so this reads the
 * files itself; phone notes reach it already cut to the caller's words by the phone reader.
 */
interface Thread {
  file: string;
  channel: Channel;
  kind: ConversationKind;
  id: string;
  messages: RawMessage[];
}

/** Conversations per file; e-mail readers hand out one message at a time, so threads are joined by id. */
async function readThreads(dir: string): Promise<Thread[]> {
  const threads = new Map<string, Thread>();
  for (const input of await findFiles([dir])) {
    const sample = await sampleFile(input.path);
    // Label files and READMEs are no logs: the importer skips them the same way.
    const adapter = adapters.find((a) => a.detect(sample));
    if (!adapter || adapter.id === 'text') continue;
    const reader = await adapter.loadReader();
    const file = relative(dir, input.path);
    for await (const conversation of reader.read(input.path, { shop: SAMPLE_SHOP, timezone: 'Europe/Warsaw', columns: {} })) {
      const key = `${file}\u0000${conversation.id}`;
      const thread = threads.get(key) ?? { file, kind: conversation.kind, channel: channelOf(adapter, undefined, conversation), id: conversation.id, messages: [] };
      thread.messages.push(...conversation.messages);
      threads.set(key, thread);
    }
  }
  for (const thread of threads.values()) thread.messages.sort((a, b) => (a.sentAt?.getTime() ?? 0) - (b.sentAt?.getTime() ?? 0));
  return [...threads.values()];
}

interface ChannelStats {
  questions: number;
  answered: number;
  fromShop: number;
  passedOver: number;
  redirects: number;
  customerText: number;
}

export async function main(): Promise<void> {
  if (!existsSync(join(SAMPLES_DIR, 'shop_refs.csv'))) {
    console.log(`\nReply extraction: ${SAMPLES_DIR} not found, skipped.`);
    return;
  }
  const shopMessages = new Set(readSampleRows(SAMPLES_DIR, 'shop_refs.csv').map((row) => sampleKey(SAMPLES_DIR, row.file, row.ref)));
  const intentOf = new Map(readSampleRows(SAMPLES_DIR, 'labels.csv').map((row) => [sampleKey(SAMPLES_DIR, row.file, row.ref), row.intent ?? '']));
  const stats = new Map<string, ChannelStats>();
  const repliesByIntent = new Map<string, TopicReply[]>();
  for (const thread of await readThreads(SAMPLES_DIR)) {
    const conversation: RawConversation = { id: thread.id, kind: thread.kind, messages: thread.messages };
    const refs = new Set(extractQuestions(conversation, { continuing: false }).map((q) => q.ref));
    const indexes = thread.messages.flatMap((m, i) => (refs.has(m.ref) ? [i] : []));
    const replies = findReplies(thread.messages, indexes, { kind: thread.kind });
    // The customer's own words: a customer quoting the shop's earlier reply is not customer text.
    const customerTexts = thread.messages.filter((m) => m.role === 'customer').map((m) => foldKeepingOffsets(stripQuotedText(m.text)));
    const s = stats.get(thread.channel) ?? { questions: 0, answered: 0, fromShop: 0, passedOver: 0, redirects: 0, customerText: 0 };
    stats.set(thread.channel, s);
    replies.forEach((reply, k) => {
      s.questions++;
      if (!reply) return;
      s.answered++;
      if (shopMessages.has(sampleKey(SAMPLES_DIR, thread.file, reply.ref))) s.fromShop++;
      const firstShop = thread.messages.slice(indexes[k]! + 1).find((m) => m.role === 'shop');
      if (firstShop && firstShop.ref !== reply.ref) s.passedOver++;
      const source = thread.messages.find((m) => m.ref === reply.ref);
      if (source && source.role === 'shop' && readShopMessage(source.text).kind === 'redirect') s.redirects++;
      const sentences = reply.text.split(/(?<=[.!?])\s+/).map(foldKeepingOffsets).filter((t) => t.length > 20);
      if (sentences.some((t) => customerTexts.some((c) => c.includes(t)))) s.customerText++;
      const intent = intentOf.get(sampleKey(SAMPLES_DIR, thread.file, thread.messages[indexes[k]!]!.ref));
      if (intent && intent !== 'noise') {
        const list = repliesByIntent.get(intent) ?? [];
        list.push({ text: reply.text, channel: thread.channel, lang: detectLanguage(reply.text) });
        repliesByIntent.set(intent, list);
      }
    });
  }
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
  printTable(
    'Reply extraction on the sample logs',
    ['channel', 'questions', 'answered', 'reply is a shop message', 'first shop msg passed over', 'only a redirect', 'customer text in reply'],
    [...stats.entries()].map(([channel, s]) => [
      channel,
      String(s.questions),
      pct(s.answered, s.questions),
      pct(s.fromShop, s.answered),
      pct(s.passedOver, s.answered),
      pct(s.redirects, s.answered),
      String(s.customerText),
    ]),
  );
  const intents = [...repliesByIntent.entries()].sort((a, b) => b[1].length - a[1].length);
  printTable(
    "Replies whose nearest other reply answers the same labelled intent",
    ['channel', 'replies', 'nearest reply has the same intent'],
    sameIntentNeighbourShare(intents),
  );
  printTable(
    'Answer variants per labelled intent',
    ['intent', 'replies', 'variants', 'consistent', 'conflicting facts', 'suggested answer (count)'],
    intents.map(([intent, replies]) => {
      const consistency = answerVariants(replies);
      const suggested = suggestedAnswer(replies);
      return [
        intent,
        String(replies.length),
        String(consistency.variants.length),
        consistency.consistent ? 'yes' : 'no',
        consistency.conflicts.map((c) => `${c.fact}: ${c.statements.map((s) => s.values.join('+')).join(' / ')}`).join('; '),
        suggested ? `${suggested.text.slice(0, 50)}… (${suggested.count})` : '-',
      ];
    }),
  );
  if (process.env.FAQTORY_SHOW_KINDS) {
    for (const thread of await readThreads(SAMPLES_DIR)) {
      for (const m of thread.messages) if (m.role === 'shop') console.log(readShopMessage(m.text).kind.padEnd(17), m.text.replace(/\s+/g, ' ').slice(0, 140));
    }
  }
}

/**
 * A check that does not trust the reply classifier: a reply that answers the labelled question
 * should have, as its nearest other reply (trigram cosine, leave one out), a reply to the same
 * intent. Holding replies and requests for the order number look alike whatever was asked, so
 * they land next to other intents' replies; so do generic replies that several intents share.
 */
function sameIntentNeighbourShare(intents: readonly [string, TopicReply[]][]): string[][] {
  const all = intents.flatMap(([intent, replies]) => replies.map((reply) => ({ intent, channel: reply.channel, vector: replyVector(reply.text) })));
  const byChannel = new Map<string, { replies: number; same: number }>();
  all.forEach((reply, i) => {
    let nearest: { intent: string; similarity: number } | null = null;
    all.forEach((other, j) => {
      const similarity = replySimilarity(reply.vector, other.vector);
      if (i !== j && (!nearest || similarity > nearest.similarity)) nearest = { intent: other.intent, similarity };
    });
    const s = byChannel.get(reply.channel) ?? { replies: 0, same: 0 };
    s.replies++;
    if ((nearest as { intent: string } | null)?.intent === reply.intent) s.same++;
    byChannel.set(reply.channel, s);
  });
  return [...byChannel.entries()].map(([channel, s]) => [channel, String(s.replies), `${s.same} (${((100 * s.same) / s.replies).toFixed(1)}%)`]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
