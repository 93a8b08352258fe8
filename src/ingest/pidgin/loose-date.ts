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
  const words = rest.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').match(/\p{L}+/gu) ?? [];
  const month = words.map(monthFromWord).find((n) => n !== null);
  const day = /\b(\d{1,2})\b/.exec(rest);
  if (!month || !day) return null;
  return checked(+year[1]!, month, +day[1]!);
}

// Prefixes of month names (diacritics removed) in English, Polish and Czech, longest first
// where Czech červen/červenec share a start.
const MONTH_PREFIXES: readonly [string, number][] = [
  ['cervenec', 7], ['cervence', 7], ['cerven', 6], ['cervna', 6],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  ['sty', 1], ['lut', 2], ['kwi', 4], ['maj', 5], ['cze', 6], ['lip', 7], ['sie', 8], ['wrz', 9], ['paz', 10], ['lis', 11], ['gru', 12],
  ['led', 1], ['uno', 2], ['bre', 3], ['dub', 4], ['kve', 5], ['srp', 8], ['zar', 9], ['rij', 10], ['pro', 12],
];

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
