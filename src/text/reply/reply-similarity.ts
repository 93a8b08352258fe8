import { foldKeepingOffsets } from '../fold.js';
import { dropPlaceholders } from '../placeholders.js';

/** A reply as a bag of character trigrams (folded, placeholders dropped), unit length. */
export type ReplyVector = ReadonlyMap<string, number>;

const GRAM = 3;

/**
 * Character trigrams rather than words: agents retype the same macro with small changes
 * ("Sprawdziłam"/"Sprawdziłem", "mailem"/"drogą mailową"), which trigrams still see as close.
 */
export function replyVector(text: string): ReplyVector {
  const padded = ` ${foldKeepingOffsets(dropPlaceholders(text)).replace(/[^\p{L}\d]+/gu, ' ').trim()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + GRAM <= padded.length; i++) {
    const gram = padded.slice(i, i + GRAM);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  const norm = Math.sqrt([...counts.values()].reduce((sum, c) => sum + c * c, 0)) || 1;
  for (const [gram, c] of counts) counts.set(gram, c / norm);
  return counts;
}

/** Cosine similarity of two reply vectors, 0..1. */
export function replySimilarity(a: ReplyVector, b: ReplyVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, weight] of small) dot += weight * (large.get(gram) ?? 0);
  return dot;
}

/** The key under which the same reply typed twice is counted once. */
export function replyKey(text: string): string {
  return foldKeepingOffsets(text).replace(/[^\p{L}\d[\]]+/gu, ' ').trim();
}
