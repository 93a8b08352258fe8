import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listQuestions } from '../src/store/questions.js';
import { readSampleRows, sampleKey, withImportedSamples } from './shop-samples.js';
import { printTable } from './table.js';

/**
 * Imports the labelled shop logs through the real importers and checks, per channel, that each
 * labelled conversation yields a question with the labelled `ref`, that noise yields none, and
 * that no message the shop wrote became a question.
 */
export const SAMPLES_DIR = resolve(process.env.FAQTORY_SAMPLES ?? '../shared/samples');

/** Traces of quoted earlier messages or reply headers: none may survive into a question. */
const QUOTE_TRACES =
  /(^|\n)\s*>|napisał\(?a?\)?:|napsal\(?a?\)?:|\bwrote:|Původní zpráva|Original Message|Oryginalna wiadomość|(^|\n)(Od|From|Wysłano|Sent|Odesláno):/i;

/** labels.csv names web chats by product; questions carry the channel they were filed under. */
const CHANNEL_OF_LABEL: Readonly<Record<string, string>> = { livechat: 'chat', smartsupp: 'chat' };

export async function main(): Promise<void> {
  if (!existsSync(join(SAMPLES_DIR, 'labels.csv'))) {
    console.log(`\nSample logs: ${SAMPLES_DIR} not found, skipped.`);
    return;
  }
  const labels = readSampleRows(SAMPLES_DIR, 'labels.csv');
  const shopRefs = readSampleRows(SAMPLES_DIR, 'shop_refs.csv');
  const { questions, rejected } = await withImportedSamples(SAMPLES_DIR, (db, results) => ({
    questions: listQuestions(db),
    rejected: results.filter((r) => r.outcome === 'rejected'),
  }));
  for (const r of rejected) console.log(`rejected: ${r.reason}`);
  const asked = new Set(questions.map((q) => sampleKey(SAMPLES_DIR, q.file, q.ref)));
  const byChannel = new Map<string, { labelled: number; found: number; noise: number; noiseAsked: number; shop: number; shopAsked: number }>();
  const stats = (channel: string) => {
    let s = byChannel.get(channel);
    if (!s) byChannel.set(channel, (s = { labelled: 0, found: 0, noise: 0, noiseAsked: 0, shop: 0, shopAsked: 0 }));
    return s;
  };
  const missed: string[] = [];
  for (const label of labels) {
    const s = stats(label.channel);
    const hit = asked.has(sampleKey(SAMPLES_DIR, label.file, label.ref));
    if (label.intent === 'noise') {
      s.noise++;
      if (hit) s.noiseAsked++;
    } else {
      s.labelled++;
      if (hit) s.found++;
      else missed.push(`${label.channel} ${label.file} ${label.ref}`);
    }
  }
  for (const ref of shopRefs) {
    const s = stats(ref.channel);
    s.shop++;
    if (asked.has(sampleKey(SAMPLES_DIR, ref.file, ref.ref))) s.shopAsked++;
  }
  const quotedByChannel = new Map<string, number>();
  for (const q of questions) {
    if (QUOTE_TRACES.test(q.text)) quotedByChannel.set(q.channel, (quotedByChannel.get(q.channel) ?? 0) + 1);
  }
  const rows = [...byChannel.entries()].map(([channel, s]) => [
    channel,
    String(s.labelled),
    `${s.found} (${((100 * s.found) / Math.max(1, s.labelled)).toFixed(1)}%)`,
    `${s.noiseAsked}/${s.noise}`,
    `${s.shopAsked}/${s.shop}`,
    String(quotedByChannel.get(CHANNEL_OF_LABEL[channel] ?? channel) ?? 0),
  ]);
  printTable(
    `Sample logs through the importers (${questions.length} questions, ${rejected.length} files rejected)`,
    ['channel', 'labelled', 'found with right ref', 'noise asked', 'shop msgs asked', 'quoted text in questions'],
    rows,
  );
  if (missed.length && process.env.FAQTORY_SHOW_MISSED) console.log(missed.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
