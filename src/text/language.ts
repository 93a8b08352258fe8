import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../model.js';
import { foldKeepingOffsets } from './fold.js';
import { LANGUAGES, type KnownLang } from './lang/index.js';

/** Each detection word with the languages that list it (a word listed by two counts half for each). */
const LEXICON = buildLexicon();

function buildLexicon(): Map<string, Set<KnownLang>> {
  const lexicon = new Map<string, Set<KnownLang>>();
  for (const { code, detection } of LANGUAGES) {
    for (const word of detection.words) {
      const langs = lexicon.get(word) ?? new Set();
      langs.add(code);
      lexicon.set(word, langs);
    }
  }
  return lexicon;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

interface LanguageScores {
  score: Map<KnownLang, number>;
  words: number;
  known: number;
}

function scoreLanguages(text: string): LanguageScores {
  const lower = text.toLowerCase();
  const folded = foldKeepingOffsets(text);
  const words = folded.match(/[a-z']+/g) ?? [];
  const score = new Map<KnownLang, number>(LANGUAGES.map(({ code }) => [code, 0]));
  let known = 0;
  for (const word of words) {
    const langs = LEXICON.get(word);
    if (!langs) continue;
    known++;
    for (const lang of langs) score.set(lang, score.get(lang)! + 1 / langs.size);
  }
  for (const { code, detection } of LANGUAGES) {
    let cues = 0;
    for (const cue of detection.cues) {
      const subject = cue.on === 'lower' ? lower : folded;
      cues += cue.weight * (cue.once ? Number(cue.pattern.test(subject)) : count(subject, cue.pattern));
    }
    score.set(code, score.get(code)! + cues);
  }
  return { score, words: words.length, known };
}

/**
 * Guesses the language from word lists plus character cues (diacritics, consonant clusters,
 * endings), so that short texts typed without diacritics still come out right.
 */
export function detectLanguage(text: string): Lang {
  const { score, words, known } = scoreLanguages(text);
  if (words === 0) return 'other';
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0]!;
  // Texts with no recognised word and only weak cues are some other language.
  if (bestScore < 0.8 || (known === 0 && bestScore < 1.2)) return 'other';
  // Mostly unknown words with a stray "an" or "to" is another language (German, Slovak...).
  if (known / words < 0.15 && bestScore < 2) return 'other';
  // Few words of the lexicon: a German or Hungarian text whose cues happen to fit Polish or Czech
  // is told apart by a general n-gram detector (eld), asked only then to keep imports fast.
  if (known / words < SECOND_OPINION_BELOW && isForeignLanguage(text)) return 'other';
  return best;
}

const SECOND_OPINION_BELOW = 0.25;

/** Languages eld confuses with Czech and Polish on short texts typed without diacritics. */
const CLOSE_TO_KNOWN = new Set(['sk', 'sl', 'hr', 'sr', 'bs']);

/**
 * True when the n-gram detector (eld) is sure of a language faqtory does not handle (German,
 * Hungarian...), well ahead of Polish, Czech and English. A text that is 'other' only for being
 * short or misspelt is not foreign; clustering keeps foreign questions out of pl/cs/en topics.
 */
export function isForeignLanguage(text: string): boolean {
  const result = ngramDetector().detect(text);
  const language = result.language;
  if (!language || KNOWN_CODES.has(language) || CLOSE_TO_KNOWN.has(language) || !result.isReliable()) return false;
  const scores = result.getScores();
  const bestKnown = Math.max(0, ...LANGUAGES.map(({ code }) => scores[code] ?? 0));
  return bestKnown < (scores[language] ?? 0) - 0.1;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(LANGUAGES.map(({ code }) => code));

type NgramDetector = (typeof import('eld/extrasmall'))['eld'];
let detector: NgramDetector | null = null;

/**
 * eld, loaded on first use: its n-gram tables cost about 90 MB and half a second, which the
 * commands and threads that never ask it (the editor, the importer's reading thread) are spared.
 * Loaded synchronously (require of an ES module, Node 20.19+) because detection is synchronous;
 * by file path, as the package exports it for `import` only.
 */
function ngramDetector(): NgramDetector {
  if (!detector) {
    const require = createRequire(import.meta.url);
    detector = (require(fileURLToPath(import.meta.resolve('eld/extrasmall'))) as typeof import('eld/extrasmall')).eld;
  }
  return detector;
}

/**
 * The most likely of `among` for a text detectLanguage would not commit to (too short, typos):
 * whatever cues it has decide, ties go to the first of `among` (pass the most common first).
 * Clustering uses it so that "fv na firme jak" can still join the Polish invoice question.
 */
export function closestLanguage(text: string, among: readonly KnownLang[]): KnownLang | null {
  if (among.length === 0) return null;
  const { score } = scoreLanguages(text);
  let best = among[0]!;
  for (const lang of among) if (score.get(lang)! > score.get(best)!) best = lang;
  return best;
}
