import { dropPlaceholders } from './placeholders.js';

/**
 * Letters and digits, optionally joined by inner apostrophes, dots or hyphens so that "wi-fi",
 * "2.5", "don't" and "a55" stay one token. Numbers are kept: "iPhone 15" and "15" matter.
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/**
 * Splits a question into lower-cased surface tokens (diacritics kept, so keywords stay
 * readable). Redaction placeholders are removed first.
 */
export function tokenize(text: string): string[] {
  const lowered = dropPlaceholders(text).toLowerCase();
  const tokens = lowered.match(TOKEN);
  if (!tokens) return [];
  // A trailing dot belongs to the sentence, an inner one to the token ("2.5", "s.r.o").
  return lowered.includes('’') ? tokens.map((t) => t.replace(/’/g, "'")) : tokens;
}
