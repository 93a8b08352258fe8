import type { ClusterItem } from './types.js';
import { closestLanguage, isForeignLanguage } from '../text/language.js';
import { LANGUAGE_CODES as KNOWN, type KnownLang as Known } from '../text/lang/index.js';

/**
 * Languages have separate feature spaces, so a question detected as 'other' (short, typed
 * without diacritics, full of typos) could never join a topic. It is vectorised in the space of
 * the closest language the batch uses (most common first on a tie); the item itself is not
 * changed, only the copy clustering sees. A question in a language faqtory does not handle
 * (German, Hungarian...) stays 'other', in a space of its own, out of the pl/cs/en topics.
 */
export function settleLanguages(items: readonly ClusterItem[]): readonly ClusterItem[] {
  if (!items.some((item) => item.lang === 'other')) return items;
  const frequency = new Map<Known, number>(KNOWN.map((lang) => [lang, 0]));
  for (const item of items) if (item.lang !== 'other') frequency.set(item.lang, frequency.get(item.lang)! + 1);
  const present = KNOWN.filter((lang) => frequency.get(lang)! > 0).sort((a, b) => frequency.get(b)! - frequency.get(a)!);
  const among = present.length > 0 ? present : KNOWN;
  return items.map((item) =>
    item.lang === 'other' && !isForeignLanguage(item.text) ? { ...item, lang: closestLanguage(item.text, among)! } : item,
  );
}
