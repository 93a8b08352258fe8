/**
 * Redaction quality and speed on the labelled PL/CS/EN evaluation set (test/fixtures/pii):
 * recall per kind of personal data and language, survival of values that must stay readable
 * (prices, sizes, dates, times, model names), and the time to redact 100,000 messages.
 *   node dist/scripts/bench-redaction.js
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { printTable } from './table.js';
import { findPersonalData, PLACEHOLDERS, redact } from '../src/text/redact.js';
import { evaluate, loadLabelledMessages, type Score } from '../test/fixtures/pii/evaluate.js';

const LANGS = ['pl', 'cs', 'en', 'all'] as const;
const TIMED_MESSAGES = 100_000;

const cell = (score: Score | undefined): string =>
  score && score.total ? `${((100 * score.hit) / score.total).toFixed(1)}% (${score.hit}/${score.total})` : '-';

export async function main(): Promise<void> {
  const messages = loadLabelledMessages();
  const result = evaluate(messages, findPersonalData);
  const recallRows = Object.keys(PLACEHOLDERS).map((type) => [type, ...LANGS.map((lang) => cell(result.recall.get(type)?.get(lang)))]);
  const total = (lang: string): Score =>
    [...result.recall.values()].reduce((sum, byLang) => {
      const score = byLang.get(lang);
      return { hit: sum.hit + (score?.hit ?? 0), total: sum.total + (score?.total ?? 0) };
    }, { hit: 0, total: 0 });
  recallRows.push(['every type', ...LANGS.map((lang) => cell(total(lang)))]);
  recallRows.push(['survivors kept', ...LANGS.map((lang) => cell(result.survival.get(lang)))]);
  printTable(`Redaction recall on ${messages.length} labelled messages`, ['type', ...LANGS], recallRows);

  const started = performance.now();
  let characters = 0;
  for (let i = 0; i < TIMED_MESSAGES; i++) characters += redact(messages[i % messages.length]!.text).length;
  const seconds = (performance.now() - started) / 1000;
  printTable('Redaction speed', ['messages', 'seconds', 'messages/s', 'output chars'], [
    [String(TIMED_MESSAGES), seconds.toFixed(2), String(Math.round(TIMED_MESSAGES / seconds)), String(characters)],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
