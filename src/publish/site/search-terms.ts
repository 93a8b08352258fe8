/**
 * How search turns words into index terms. The site ships this module (and the text modules it
 * imports) to the browser, so the prebuilt index and the customer's query are processed by the
 * same code: fold diacritics ("reklamację" -> "reklamacje"), then the language's light stemmer
 * ("reklamacje" and "reklamacja" -> "reklamacj"). No Node imports may appear here.
 */
import { foldDiacritics } from '../../text/fold.js';
import { stemCzech } from '../../text/lang/stem-cs.js';
import { stemPolish } from '../../text/lang/stem-pl.js';

/** The fields of an indexed entry; `id` is the entry's anchor on its language page. */
export interface SearchDocument {
  id: string;
  question: string;
  answer: string;
  category: string;
  wordings: string;
}

export const SEARCH_FIELDS = ['question', 'wordings', 'answer', 'category'] as const;

// English uses no stemmer in the browser: prefix and fuzzy matching cover its few endings.
const STEMMERS: Record<string, (word: string) => string> = { pl: stemPolish, cs: stemCzech };

export function searchTerm(lang: string): (term: string) => string | null {
  const stem = STEMMERS[lang] ?? ((word: string) => word);
  return (term) => {
    const folded = foldDiacritics(term);
    return folded.length === 0 ? null : stem(folded);
  };
}

/** MiniSearch options shared by the build (index) and the page (query). */
export function searchOptions(lang: string) {
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    processTerm: searchTerm(lang),
    searchOptions: {
      boost: { question: 3, wordings: 2, category: 1.5 },
      prefix: true,
      // Typos: one wrong letter in a 5-9 letter word, two in longer ones.
      fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND' as const,
    },
  };
}
