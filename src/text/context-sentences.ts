import { PLACEHOLDER } from './placeholders.js';

/** After . ! or ?, but not after an abbreviation such as "č.", "nr.", "ul." or "tel.". */
const SENTENCE_END = /(?<!(?:^|[\s(])\p{L}{1,3}\.)(?<=[.!?])\s+/u;

/**
 * Sentences that only identify the customer or the order ("Mój e-mail: [email].", "Objednávka
 * č. [order] z pondělí.") say nothing about what is asked, yet their words ("zamówienie",
 * "e-mail", "pondělí") would pull unrelated questions together. Such a sentence is one that
 * carries a redaction placeholder and asks nothing; it is dropped when others remain.
 */
export function dropContextSentences(text: string): string {
  if (!PLACEHOLDER.test(text)) return text;
  const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.length > 0);
  if (sentences.length < 2) return text;
  const kept = sentences.filter((sentence) => sentence.includes('?') || !PLACEHOLDER.test(sentence));
  return kept.length > 0 ? kept.join(' ') : text;
}
