import { czech } from './cs.js';
import { english } from './en.js';
import type { KnownLang, LanguageModule } from './language-module.js';
import { polish } from './pl.js';

/**
 * The languages faqtory reads, in the order ties are broken (the most common first). Adding one
 * is one file like pl.ts plus one line here; every text module builds its patterns from this list.
 */
export const LANGUAGES: readonly LanguageModule[] = [polish, czech, english];

/** The codes of LANGUAGES ('pl', 'cs', 'en'). */
export const LANGUAGE_CODES: readonly KnownLang[] = LANGUAGES.map((language) => language.code);

export function languageModule(code: string): LanguageModule | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/**
 * One regex alternation of the entries every language gives for a field, in registry order,
 * duplicates once (a never-matching pattern when there is none): `alternation((l) => l.closings.thanks)` -> "dziekuje|...|dekuji|...|thanks|...".
 */
export function alternation(pick: (language: LanguageModule) => readonly string[]): string {
  const entries = [...new Set(LANGUAGES.flatMap(pick))];
  // No language gives any: a pattern that never matches, where "" would match everywhere.
  return entries.length > 0 ? entries.join('|') : '(?!)';
}

/** Every language's words of a field as one set. */
export function wordSet(pick: (language: LanguageModule) => readonly string[]): ReadonlySet<string> {
  return new Set(LANGUAGES.flatMap(pick));
}

export type { KnownLang, LanguageCue, LanguageModule } from './language-module.js';
export type { ReplyPhrases } from './reply-phrases.js';
