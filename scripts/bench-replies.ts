import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recluster } from '../src/app/recluster.js';
import { listQuestions, type QuestionRow } from '../src/store/questions.js';
import { replyOrigins } from '../src/store/reply-links.js';
import { listRankedTopics } from '../src/store/topic-list.js';
import { replySimilarity, replyVector } from '../src/text/reply/index.js';
import { foldDiacritics } from '../src/text/fold.js';
import { SAMPLES_DIR } from './bench-samples.js';
import { readSampleRows, sampleKey, withImportedSamples, type SampleRow } from './shop-samples.js';
import { printTable } from './table.js';

/**
 * The shop's replies as the real import stores them (import -> extraction worker -> linking over
 * the stored conversation), on the labelled sample logs: per channel, how many labelled
 * questions got a reply, whether it came from a message the labels list as the shop's
 * (shop_refs.csv; a call note's answer comes from the note itself), how many stored replies are
 * still holding replies ("let me check", checked with a short phrase list of its own, not the
 * classifier's), whether any customer text leaked into a reply (must be 0), and, a check that
 * trusts no classifier, whether a reply's nearest other reply answers the same labelled intent.
 * Then the samples are clustered and the topics whose replies contradict each other counted.
 */
const SAMPLE_DIRS = [SAMPLES_DIR, resolve(process.env.FAQTORY_SAMPLES_FREE ?? join(SAMPLES_DIR, '..', 'samples-free'))];

// What agents write while the answer is still to come, in the samples' languages.
const HOLDING = /\b(?:sprawdz(?:e|imy)|chwil(?:e|eczke)|wroce|odezwe|przekaz(?:e|emy)|overim|ozvu|moment|predam|let me check|one moment|get back)\b/;
const HOLDING_MAX_WORDS = 12;

interface ChannelStats {
  labelled: number;
  found: number;
  replied: number;
  fromShop: number;
  fromNote: number;
  holding: number;
  customerText: number;
  nearestSameIntent: number;
}

export async function main(): Promise<void> {
  for (const dir of SAMPLE_DIRS) await benchSamples(dir);
}

async function benchSamples(dir: string): Promise<void> {
  if (!existsSync(join(dir, 'shop_refs.csv'))) {
    console.log(`\nReplies: ${dir} not found, skipped.`);
    return;
  }
  const labels = readSampleRows(dir, 'labels.csv').filter((label) => label.intent !== 'noise');
  const shopMessages = new Set(readSampleRows(dir, 'shop_refs.csv').map((row) => sampleKey(dir, row.file, row.ref)));
  const { questions, origins, topics } = await withImportedSamples(dir, (db) => {
    const stored = { questions: listQuestions(db), origins: replyOrigins(db) };
    recluster(db);
    return { ...stored, topics: listRankedTopics(db) };
  });
  const questionAt = new Map<string, QuestionRow>();
  for (const question of questions) {
    const key = sampleKey(dir, question.file, question.ref);
    if (!questionAt.has(key)) questionAt.set(key, question);
  }
  // Customers' words as the labels quote them, per file: no reply sentence may be found in them.
  const customerWords = new Map<string, string[]>();
  for (const label of readSampleRows(dir, 'labels.csv')) {
    customerWords.set(label.file, [...(customerWords.get(label.file) ?? []), foldDiacritics(label.opening_text ?? '')]);
  }
  const stats = new Map<string, ChannelStats>();
  const replied: { label: SampleRow; reply: string }[] = [];
  for (const label of labels) {
    const s = stats.get(label.channel) ?? { labelled: 0, found: 0, replied: 0, fromShop: 0, fromNote: 0, holding: 0, customerText: 0, nearestSameIntent: 0 };
    stats.set(label.channel, s);
    s.labelled++;
    const question = questionAt.get(sampleKey(dir, label.file, label.ref));
    if (!question) continue;
    s.found++;
    if (question.reply === null) continue;
    s.replied++;
    replied.push({ label, reply: question.reply });
    const origin = origins.get(question.id)!;
    if (shopMessages.has(sampleKey(dir, origin.file, origin.ref))) s.fromShop++;
    else if (origin.ref === question.ref) s.fromNote++;
    const folded = foldDiacritics(question.reply);
    if (HOLDING.test(folded) && folded.split(/\s+/).length <= HOLDING_MAX_WORDS) s.holding++;
    // A call note holds the agent's words too: there the customer's are the question taken from it.
    const customer = question.channel === 'phone' ? [foldDiacritics(question.text)] : (customerWords.get(label.file) ?? []);
    const sentences = question.reply.split(/(?<=[.!?])\s+/).map(foldDiacritics).filter((t) => t.length > 20);
    if (sentences.some((t) => customer.some((c) => c.includes(t)))) s.customerText++;
  }
  countNearestSameIntent(replied, stats);
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
  const all = [...stats.values()].reduce(
    (sum, s) => Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, v + s[k as keyof ChannelStats]])) as unknown as ChannelStats,
  );
  printTable(
    `Stored replies after a real import of ${dir}`,
    ['channel', 'labelled', 'question found', 'with a reply', 'reply is a shop message', 'from the call note', 'holding reply taken', 'customer text in reply', 'nearest reply: same intent'],
    [...[...stats.entries()], ['all', all] as const].map(([channel, s]) => [
      channel,
      String(s.labelled),
      String(s.found),
      pct(s.replied, s.found),
      pct(s.fromShop, s.replied),
      String(s.fromNote),
      pct(s.holding, s.replied),
      String(s.customerText),
      pct(s.nearestSameIntent, s.replied),
    ]),
  );
  const flagged = topics.filter((topic) => !topic.consistent);
  printTable(
    `Topics whose replies contradict each other: ${flagged.length} of ${topics.length} (${topics.filter((t) => t.suggestedAnswer).length} with a suggested answer)`,
    ['size', 'label', 'conflicting facts'],
    flagged.slice(0, 10).map((topic) => [
      String(topic.size),
      topic.label.slice(0, 50),
      topic.conflicts.map((c) => `${c.fact}: ${c.statements.map((s) => s.values.join('+')).join(' / ')}`).join('; ').slice(0, 80),
    ]),
  );
}

/**
 * A reply that answers the labelled question should have, as its nearest other reply (trigram
 * cosine, leave one out), a reply to the same intent: holding replies and requests for the order
 * number look alike whatever was asked, so they land next to other intents' replies.
 */
function countNearestSameIntent(replied: readonly { label: SampleRow; reply: string }[], stats: Map<string, ChannelStats>): void {
  const vectors = replied.map(({ reply }) => replyVector(reply));
  replied.forEach(({ label }, i) => {
    let nearest = -1;
    let best = -Infinity;
    vectors.forEach((vector, j) => {
      const similarity = j === i ? -Infinity : replySimilarity(vectors[i]!, vector);
      if (similarity > best) [nearest, best] = [j, similarity];
    });
    if (nearest >= 0 && replied[nearest]!.label.intent === label.intent) stats.get(label.channel)!.nearestSameIntent++;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
