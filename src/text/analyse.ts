import type { Lang } from '../model.js';
import { foldDiacritics } from './fold.js';
import { languageModule } from './lang/index.js';
import { stopWordsFor } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** One content word of a question in the three forms clustering and keywords need. */
export interface Term {
  /** As typed, lower-cased (with diacritics): what keywords show. */
  surface: string;
  /** Diacritics folded: what matching uses. */
  folded: string;
  /** Folded and stemmed, so inflected forms meet. */
  stem: string;
}

const identity = (word: string): string => word;

/** The stemmer for a language; words that are not language-specific (numbers) pass unchanged. */
export function stemmerFor(lang: Lang): (folded: string) => string {
  return languageModule(lang)?.terms.stem ?? identity;
}

const HAS_DIGIT = /\p{N}/u;

/** The content words of a question: tokens without stop words, each folded and stemmed. */
export function analyse(text: string, lang: Lang): Term[] {
  const stop = stopWordsFor(lang);
  const stem = stemmerFor(lang);
  const terms: Term[] = [];
  for (const surface of tokenize(text)) {
    const folded = foldDiacritics(surface);
    if (stop.has(folded)) continue;
    // Single letters are noise, but single digits are not ("iPhone 8").
    if (folded.length < 2 && !HAS_DIGIT.test(folded)) continue;
    terms.push({ surface, folded, stem: HAS_DIGIT.test(folded) ? folded : stem(folded) });
  }
  return terms;
}
