import { createRequire } from 'node:module';
import type { Lang } from '../model.js';
import { foldDiacritics } from './fold.js';

const require = createRequire(import.meta.url);

// natural ships Polish and English lists; stopwords-iso adds to Polish and covers Czech.
const polishList = (require('natural/lib/natural/util/stopwords_pl.js') as { words: string[] }).words;
const englishList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;
const isoLists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;

/**
 * Greetings, thanks and sign-offs that open or close nearly every customer message. They carry
 * no topic, but a small shop's logs are too few for IDF alone to discount them.
 */
const COURTESY: Record<'pl' | 'cs' | 'en', string[]> = {
  pl: [
    'witam', 'witaj', 'dzien', 'dobry', 'wieczor', 'dobrego', 'czesc', 'hej', 'pozdrawiam', 'pozdrowienia',
    'serdecznie', 'dziekuje', 'dziekuje', 'dzieki', 'prosze', 'uprzejmie', 'pan', 'pani', 'panstwo',
    'szanowni', 'szanowny', 'szanowna', 'gory', 'z', 'odpowiedz', 'mam', 'pytanie', 'chcialbym',
    'chcialabym', 'moze', 'moglby', 'mogliby', 'czy', 'jak', 'co', 'jest', 'sie',
    // Framing verbs of a question ("can I", "must I", "is it possible"), not its subject.
    'moge', 'mozna', 'mozecie', 'mozliwe', 'musze', 'trzeba', 'chce', 'da', 'dac', 'zrobic', 'robic',
    'wiedziec', 'dowiedziec', 'informacje', 'informacja', 'kontakt', 'problem', 'pomoc', 'pomocy',
  ],
  cs: [
    'dobry', 'den', 'vecer', 'zdravim', 'ahoj', 'dekuji', 'dekuju', 'diky', 'prosim', 'pozdravem', 'hezky',
    'vazeni', 'vazeny', 'vazena', 'predem', 'odpoved', 'mam', 'dotaz', 'otazku', 'chtel', 'chtela',
    'bych', 'jak', 'co', 'je', 'se',
    'muzu', 'muzete', 'musim', 'lze', 'da', 'chci', 'potrebuji', 'udelat', 'informaci', 'problem', 'pomoc',
  ],
  en: [
    'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'please', 'regards', 'kind', 'best', 'cheers',
    'question', 'help', 'hope',
  ],
};

/** Digits are meaningful in questions ("iPhone 15", "14 dni"), so lists that include them are trimmed. */
function foldedSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    const folded = foldDiacritics(w);
    if (folded && !/^\p{N}+$/u.test(folded)) set.add(folded);
  }
  return set;
}

const byLang: Record<Lang, ReadonlySet<string>> = {
  pl: foldedSet([...polishList, ...(isoLists.pl ?? []), ...COURTESY.pl]),
  cs: foldedSet([...(isoLists.cs ?? []), ...COURTESY.cs]),
  en: foldedSet([...englishList, ...COURTESY.en]),
  other: foldedSet([...polishList, ...(isoLists.cs ?? []), ...englishList]),
};

/** Folded (diacritic-free) stop words of a language; look tokens up after folding them. */
export function stopWordsFor(lang: Lang): ReadonlySet<string> {
  return byLang[lang];
}
