import type { Lang } from '../model.js';
import { foldDiacritics } from './fold.js';
import { LANGUAGES } from './lang/index.js';

/** Digits are meaningful in questions ("iPhone 15", "14 dni"), so lists that include them are trimmed. */
function foldedSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    const folded = foldDiacritics(w);
    if (folded && !/^\p{N}+$/u.test(folded)) set.add(folded);
  }
  return set;
}

// Courtesy words are added per language: a small shop's logs are too few for IDF alone to
// discount greetings and thanks. A text in an unknown language gets every general list.
const byLang = new Map<Lang, ReadonlySet<string>>([
  ...LANGUAGES.map(({ code, terms }) => [code, foldedSet([...terms.stopWords, ...terms.courtesyWords])] as const),
  ['other', foldedSet(LANGUAGES.flatMap(({ terms }) => terms.stopWords))],
]);

/** Folded (diacritic-free) stop words of a language; look tokens up after folding them. */
export function stopWordsFor(lang: Lang): ReadonlySet<string> {
  return byLang.get(lang) ?? byLang.get('other')!;
}
