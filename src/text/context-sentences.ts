import { foldKeepingOffsets } from './fold.js';
import { wordSet } from './lang/index.js';
import { dropPlaceholders, hasPlaceholder } from './placeholders.js';
import { splitSentences } from './split-questions.js';

/*
 * Sentences that only identify the customer or the order ("Mój e-mail: [email].", "Objednávka
 * č. [order] z pondělí.") say nothing about what is asked, yet their words ("zamówienie",
 * "e-mail", "pondělí") would pull unrelated questions together. Such a sentence carries a
 * redaction placeholder and asks nothing. Extraction drops the ones made only of reference words
 * (a stored question keeps "status zamówienia [order]" when that is all there is); clustering
 * drops every such sentence as long as another remains.
 */

const REFERENCE_WORDS = wordSet((l) => l.questions.referenceWords);

function identifiesOnly(sentence: string): boolean {
  return hasPlaceholder(sentence) && !sentence.includes('?');
}

/** For extraction: "Kontakt do mnie: [phone]." and "Jde o objednávku [order]." go; "Paczka [order] nie doszła." stays. */
export function dropDataOnlySentences(text: string): string {
  return splitSentences(text)
    .filter((sentence) => {
      if (!identifiesOnly(sentence)) return true;
      const words = dropPlaceholders(sentence).match(/[\p{L}\d]+/gu) ?? [];
      // Names ("na nazwisko Ewa Król") are capitalised; every other word must be a reference word.
      return words.some((word) => !REFERENCE_WORDS.has(foldKeepingOffsets(word)) && !/^\p{Lu}/u.test(word));
    })
    .join(' ')
    .trim();
}

/** For clustering: every sentence that only identifies goes, unless nothing else would be left. */
export function dropContextSentences(text: string): string {
  if (!hasPlaceholder(text)) return text;
  const sentences = splitSentences(text);
  if (sentences.length < 2) return text;
  const kept = sentences.filter((sentence) => !identifiesOnly(sentence));
  return kept.length > 0 ? kept.join(' ') : text;
}
