import { fold } from './language.js';

// A question that can stand on its own starts with a question word, optionally after "a"/"and".
const STANDALONE_START =
  /^(?:(?:a|i|oraz|jeszcze|a jeszcze|a take|a tez|and|also|a taky|a jeste|and also)[\s,]+)?(?:czy|jak|jaki|jaka|jakie|jakim|kiedy|gdzie|ile|dlaczego|czemu|kto|komu|co|ktory|ktora|ktore|je mozne|jde|da se|lze|muzu|mohu|muzete|jak|jaky|jaka|jake|kdy|kde|kolik|proc|kdo|komu|co|ktery|is|are|can|could|do|does|will|would|how|what|when|where|why|which|who)\b/;

const MIN_WORDS = 4;

const wordCount = (text: string): number => text.match(/[\p{L}\d[\]]+/gu)?.length ?? 0;

/** Sentences with their closing punctuation; decimal points and "nr." abbreviations do not end one. */
function sentences(text: string): string[] {
  return text.match(/[^.?!]+(?:[.?!]+|$)/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
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
  for (const sentence of sentences(text)) {
    pending = pending ? `${pending} ${sentence}` : sentence;
    if (sentence.endsWith('?')) {
      parts.push(pending);
      pending = '';
    }
  }
  if (parts.length < 2) return [text.trim()];

  const questions = [parts[0]!];
  for (const part of parts.slice(1)) {
    const standalone = wordCount(part) >= MIN_WORDS && STANDALONE_START.test(fold(part));
    if (standalone && wordCount(questions[questions.length - 1]!) >= MIN_WORDS) questions.push(part);
    else questions[questions.length - 1] += ` ${part}`;
  }
  // A trailing statement after the last question belongs to it.
  if (pending) questions[questions.length - 1] += ` ${pending}`;
  return questions;
}
