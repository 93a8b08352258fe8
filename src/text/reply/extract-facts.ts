import type { Lang } from '../../model.js';
import { foldKeepingOffsets } from '../fold.js';
import { trimPleasantries } from '../pleasantries.js';
import { LANGUAGES, type ReplyPhrases } from '../lang/index.js';
import { OPENS_WITH_NO, OPENS_WITH_YES } from './reply-patterns.js';

export interface Amount {
  value: number;
  /** ISO 4217 code: PLN, CZK, EUR... */
  currency: string;
}

/**
 * The checkable facts a reply states, normalised so that two wordings of the same fact compare
 * equal: "dwa tygodnie" and "14 dni" are both 14 days, "12,99 zł" is 12.99 PLN.
 */
export interface ReplyFacts {
  /** Durations in days (weeks x7, months x30, years x365); a range "1–3 dni" gives both ends. */
  days: number[];
  /**
   * Durations in working days ("1–3 dni robocze"), kept apart: "refund within 14 days" and
   * "money on the account in 1–3 working days" are two different promises, not a contradiction.
   */
  workingDays: number[];
  amounts: Amount[];
  percents: number[];
  /** Without scheme, "www.", query, fragment or a trailing slash, lower case. */
  urls: string[];
  /** Clock times such as an order cut-off, "13:00". */
  times: string[];
  /** Whether the reply opens with yes or no; null when it does neither. */
  polarity: 'yes' | 'no' | null;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface LanguagePatterns {
  numberWords: Map<string, number>;
  units: { pattern: RegExp; days: number }[];
  duration: RegExp;
  workingDay: RegExp;
  amountAfter: RegExp;
  amountBefore: RegExp;
  currencyOf: (written: string) => string;
  percent: RegExp;
}

// A number as written in prices and periods: "1 500", "12,99", "1.500,00", "14".
const NUMBER = '\\d{1,3}(?:[ \\u00a0.]\\d{3})+(?:,\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';

function compile(phrases: readonly ReplyPhrases[]): LanguagePatterns {
  const numberWords = new Map(phrases.flatMap((p) => Object.entries(p.numberWords)));
  const quantity = `(?:${NUMBER}|${[...numberWords.keys()].join('|')})`;
  const units = phrases.flatMap((p) => p.durationUnits.map((u) => ({ pattern: new RegExp(`^(?:${u.stem})$`), days: u.days })));
  const unit = phrases.flatMap((p) => p.durationUnits.map((u) => u.stem)).join('|');
  const rangeWords = phrases.flatMap((p) => p.rangeWords).join('|');
  const currencies = new Map(phrases.flatMap((p) => Object.entries(p.currencies)));
  const currency = [...currencies.keys()].map(escape).join('|');
  const percentWords = phrases.flatMap((p) => p.percentWords).join('|');
  return {
    numberWords,
    units,
    // "14 dni", "1–3 dni roboczych", "2 lub 3 lata", "14 pracovních dnů", "dwa tygodnie".
    duration: new RegExp(
      `(?<![\\p{L}\\d:,.])(${quantity})(?:\\s*[–—-]\\s*|\\s+(?:${rangeWords})\\s+)?(${quantity})?\\s+(?:([\\p{L}]+)\\s+)?(${unit})(?![\\p{L}])(?:\\s+([\\p{L}]+))?`,
      'gu',
    ),
    workingDay: new RegExp(`^(?:${phrases.flatMap((p) => p.workingDayWords).join('|')})$`, 'u'),
    amountAfter: new RegExp(`(?<![\\p{L}\\d])(${NUMBER})\\s?(${currency})(?![\\p{L}])`, 'gu'),
    amountBefore: new RegExp(`(?<![\\p{L}])(${currency})\\s?(${NUMBER})(?![\\d])`, 'gu'),
    currencyOf: (written) => currencies.get(written) ?? written.toUpperCase(),
    percent: new RegExp(`(?<![\\p{L}\\d])(${NUMBER})\\s?(?:%|(?:${percentWords})(?![\\p{L}]))`, 'gu'),
  };
}

const PATTERNS = new Map<Lang, LanguagePatterns>([
  ...LANGUAGES.map((language) => [language.code, compile([language.replies])] as const),
  ['other', compile(LANGUAGES.map((language) => language.replies))],
]);

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/giu;
const TIME = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;

/** The facts of a reply in `lang` ('other' reads every known language). */
export function extractFacts(text: string, lang: Lang): ReplyFacts {
  const patterns = PATTERNS.get(lang) ?? PATTERNS.get('other')!;
  const folded = foldKeepingOffsets(text.replace(/\s+/g, ' '));
  const urls = unique([...text.matchAll(URL)].map((m) => normaliseUrl(m[0])));
  // URLs and clock times hold digits that are no quantities.
  const prose = folded.replace(URL, ' ').replace(TIME, ' ');
  return {
    ...durations(prose, patterns),
    amounts: uniqueAmounts(amounts(prose, patterns)),
    percents: unique([...prose.matchAll(patterns.percent)].map((m) => parseNumber(m[1]!))).sort((a, b) => a - b),
    urls,
    times: unique([...folded.matchAll(TIME)].map((m) => `${m[1]!.padStart(2, '0')}:${m[2]}`)).sort(),
    polarity: polarity(foldKeepingOffsets(trimPleasantries(text))),
  };
}

function durations(prose: string, patterns: LanguagePatterns): Pick<ReplyFacts, 'days' | 'workingDays'> {
  const days: number[] = [];
  const workingDays: number[] = [];
  for (const m of prose.matchAll(patterns.duration)) {
    const unitDays = patterns.units.find((u) => u.pattern.test(m[4]!))?.days ?? 1;
    const working = [m[3], m[5]].some((word) => word !== undefined && patterns.workingDay.test(word));
    for (const quantity of [m[1], m[2]]) {
      if (quantity === undefined) continue;
      const value = patterns.numberWords.get(quantity) ?? parseNumber(quantity);
      (working ? workingDays : days).push(value * unitDays);
    }
  }
  const sorted = (values: number[]) => unique(values).sort((a, b) => a - b);
  return { days: sorted(days), workingDays: sorted(workingDays) };
}

function amounts(prose: string, patterns: LanguagePatterns): Amount[] {
  return [
    ...[...prose.matchAll(patterns.amountAfter)].map((m) => ({ value: parseNumber(m[1]!), currency: patterns.currencyOf(m[2]!) })),
    ...[...prose.matchAll(patterns.amountBefore)].map((m) => ({ value: parseNumber(m[2]!), currency: patterns.currencyOf(m[1]!) })),
  ];
}

// Yes and no words are read in every language: a Czech "Ano," in a reply filed as Polish is still yes.
function polarity(opening: string): ReplyFacts['polarity'] {
  if (OPENS_WITH_YES.test(opening)) return 'yes';
  if (OPENS_WITH_NO.test(opening)) return 'no';
  return null;
}

/** "1 500" -> 1500, "12,99" -> 12.99, "1.500,00" -> 1500. */
function parseNumber(written: string): number {
  const compact = written.replace(/[\s\u00a0]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

// The query mostly carries tracking ("?src=skype", "utm_source"); the page is what the customer was sent to.
function normaliseUrl(url: string): string {
  return url
    .replace(/[?#].*$/, '')
    .replace(/[.,;:!]+$/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueAmounts(values: readonly Amount[]): Amount[] {
  const byKey = new Map(values.map((a) => [`${a.value} ${a.currency}`, a]));
  return [...byKey.values()].sort((a, b) => a.currency.localeCompare(b.currency) || a.value - b.value);
}
