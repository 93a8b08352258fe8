import { foldDiacritics } from '../../text/fold.js';
import { LANGUAGES } from '../../text/lang/index.js';

/**
 * Reads the calendar date out of a date written for people in the writer's locale, as chat
 * clients put in log headers: "Mon 04 Sep 2023 10:42:57 AM CEST", "pon, 4 wrz 2023, 10:42:57",
 * "po 4. září 2023 10:42:57", "04.09.2023 10:42", "2023-09-04 10:42:57", "09/04/2023".
 * Returns null when no day, month and year can be found.
 */
export function parseLooseDate(text: string): { year: number; month: number; day: number } | null {
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(text);
  if (m) return checked(+m[3]!, +m[2]!, +m[1]!);
  // Slashes are the C and US locales' month/day/year.
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(text);
  if (m) return checked(fullYear(+m[3]!), +m[1]!, +m[2]!);

  const withoutTime = text.replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ');
  const year = /\b(19\d{2}|20\d{2})\b/.exec(withoutTime);
  if (!year) return null;
  const rest = withoutTime.replace(year[0], ' ');
  const words = foldDiacritics(rest).match(/\p{L}+/gu) ?? [];
  const month = words.map(monthFromWord).find((n) => n !== null);
  const day = /\b(\d{1,2})\b/.exec(rest);
  if (!month || !day) return null;
  return checked(+year[1]!, month, +day[1]!);
}

// Prefixes of month names (diacritics removed) in every language faqtory reads, longest first
// so that Czech červenec (July) is not read as červen (June).
const MONTH_PREFIXES: readonly [string, number][] = LANGUAGES.flatMap(({ months }) =>
  months.flatMap((prefixes, i) => prefixes.map((prefix) => [prefix, i + 1] as [string, number])),
).sort((a, b) => b[0].length - a[0].length);

function monthFromWord(word: string): number | null {
  if (word.length < 3) return null;
  const found = MONTH_PREFIXES.find(([prefix]) => word.startsWith(prefix));
  return found ? found[1] : null;
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function checked(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  return { year, month, day };
}
