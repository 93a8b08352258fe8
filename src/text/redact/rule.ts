import type { PersonalDataType } from './placeholders.js';

/** One piece of personal data found in a text: `match` is `text.slice(index, index + match.length)`. */
export interface PersonalDataMatch {
  rule: PersonalDataType;
  match: string;
  index: number;
}

/**
 * A rule finds one kind of personal data. `folded` is the text lower-cased without diacritics at
 * the same offsets, for cue words that customers type with or without diacritics.
 */
export interface Rule {
  type: PersonalDataType;
  find(text: string, folded: string): PersonalDataMatch[];
}

/** Not glued to a longer number or word: "12.345678901" or "ABC12345678" are not identifiers. */
export const BEFORE = '(?<![\\p{L}\\d+]|\\d[.,/-])';
export const AFTER = '(?![\\p{L}\\d]|[.,/-]\\d)';

/**
 * A rule from a regular expression with the g flag. A named group `pii` (which needs the d flag)
 * marks the personal part when the pattern also matches a label ("PESEL: ..."), which then stays
 * readable.
 * `accept` sees the personal part, the whole text and its offset.
 */
export function patternRule(
  type: PersonalDataType,
  pattern: RegExp,
  accept: (value: string, text: string, index: number) => boolean = () => true,
  on: 'text' | 'folded' = 'text',
): Rule {
  return {
    type,
    find(text, folded) {
      const found: PersonalDataMatch[] = [];
      for (const m of (on === 'text' ? text : folded).matchAll(pattern)) {
        const [start, end] = m.indices?.groups?.pii ?? [m.index, m.index + m[0].length];
        const value = text.slice(start, end);
        if (value !== '' && accept(value, text, start)) found.push({ rule: type, match: value, index: start });
      }
      return found;
    },
  };
}
