import { foldKeepingOffsets } from './fold.js';
import { alternation } from './lang/index.js';

// A question that can stand on its own starts with a question word, optionally after "a"/"and".
const STANDALONE_START = new RegExp(
  `^(?:(?:${alternation((l) => l.questions.connectives)})[\\s,]+)?(?:${alternation((l) => l.questions.questionWords)})\\b`,
);

const MIN_WORDS = 4;

/** True when the text opens like a question: "czy…", "kolik…", "A jak…", "How…". */
export function opensWithQuestionWord(text: string): boolean {
  return STANDALONE_START.test(foldKeepingOffsets(text).trim());
}

const wordCount = (text: string): number => text.match(/[\p{L}\d[\]]+/gu)?.length ?? 0;

// Abbreviations after which a full stop does not end the sentence ("objednávka č. 123").
// Matched on the folded text, so "č." is written "c".
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${alternation((l) => l.questions.abbreviations)})\\.$`);

// A sentence ends at . ! ? followed by a space or the end; a dot inside a token ("2.0", "49.99",
// "www.sklep.pl", "faktura.pdf", "jan.kowalski@...") is not an end, so the text is never re-spaced.
const SENTENCE_END = /[.?!]+(?=\s|$)/g;

/** Sentences with their closing punctuation, each a verbatim (trimmed) slice of the text. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const stop = end.index + end[0].length;
    const candidate = text.slice(start, stop);
    const rest = text.slice(stop).trimStart();
    // "objednávka č. 123", "12. 09. 2023": the dot belongs to an abbreviation or a date.
    if (rest && (ABBREVIATION.test(foldKeepingOffsets(candidate)) || (/\d\.$/.test(candidate) && /^\d/.test(rest)))) continue;
    if (candidate.trim()) sentences.push(candidate.trim());
    start = stop;
  }
  const tail = text.slice(start).trim();
  if (tail) sentences.push(tail);
  return sentences;
}

/**
 * Splits a message into separate questions only when it clearly holds several: two or more
 * sentences ending in "?", each long enough to be understood alone, where every later one opens
 * with a question word ("…dostawy? A czy mogę zapłacić przy odbiorze?"). Statements before a
 * question stay with it as its context. Anything less clear stays one question.
 */
export function splitQuestions(text: string): string[] {
  const parts: string[] = [];
  let pending = '';
  for (const sentence of splitSentences(text)) {
    pending = pending ? `${pending} ${sentence}` : sentence;
    if (/\?[?!.]*$/.test(sentence)) {
      parts.push(pending);
      pending = '';
    }
  }
  if (parts.length < 2) return [text.trim()];

  const questions = [parts[0]!];
  for (const part of parts.slice(1)) {
    const standalone = wordCount(part) >= MIN_WORDS && opensWithQuestionWord(part);
    if (standalone && wordCount(questions[questions.length - 1]!) >= MIN_WORDS) questions.push(part);
    else questions[questions.length - 1] += ` ${part}`;
  }
  // A trailing statement after the last question belongs to it.
  if (pending) questions[questions.length - 1] += ` ${pending}`;
  return questions;
}
