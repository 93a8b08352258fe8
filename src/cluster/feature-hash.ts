/**
 * Feature hashing: terms map to slots of a fixed-size space by a hash, so vectors from different
 * runs (and stored centroids) stay comparable without keeping a vocabulary.
 */

import { LANGUAGE_CODES } from '../text/lang/index.js';

/** FNV-1a over `text[start, end)` mixed with a seed that tells feature families apart. */
export function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche so that the low bits used as the slot are well mixed.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

export const enum FeatureKind {
  Word = 0,
  Stem = 1,
  CharGram = 2,
}

/** Deliberate internal: part of what a stored centroid's vector space is, so never an option. */
// pl 0x1000, cs 0x2000, en 0x3000, then 'other' (and any unknown code) after the last language.
const LANG_SEEDS: Record<string, number> = Object.fromEntries([...LANGUAGE_CODES, 'other'].map((lang, i) => [lang, (i + 1) * 0x1000]));

/** The seed of a feature family, optionally per language so that languages do not mix. */
export function seedOf(kind: FeatureKind, lang: string, separateLanguages: boolean): number {
  const langSeed = separateLanguages ? (LANG_SEEDS[lang] ?? LANG_SEEDS['other']!) : 0;
  return (kind + 1) * 0x9e3779b1 + langSeed;
}
