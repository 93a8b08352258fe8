import { ConfigError } from '../../errors.js';
import { isKnownTimeZone } from '../../ingest/time/index.js';
import { relativeDistance } from './calendar.js';
import { CATALOGUES, type MessageKey, type PluralForms } from './catalogue.js';
import { interpolate, type MessageParams } from '../../interpolate.js';
import { INTL_TAGS, type Locale } from './locale.js';

/** Most shops are Polish; callers pass the shop's own zone from its settings. */
export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

/** A moment as stores and templates hold it: a Date, an ISO string or epoch milliseconds. */
export type DateInput = Date | string | number;

export type DateStyle = 'date' | 'dateTime' | 'time';

export type NameWidth = 'long' | 'short' | 'narrow';

/** Everything a page needs to speak one language in one shop's time zone. */
export interface Translator {
  readonly locale: Locale;
  readonly timeZone: string;
  /** The message for `key`; `{name}` placeholders filled from `params`, plural forms chosen by `params.count`. */
  t(key: MessageKey, params?: MessageParams): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** `share` is 0..1: 0.823 -> "82%" (pl, en) or "82 %" (cs). */
  formatPercent(share: number, fractionDigits?: number): string;
  /** '' for a missing or unreadable date, so templates need no guard. */
  formatDate(value: DateInput | null | undefined, style?: DateStyle): string;
  /** "3 dni temu", "wczoraj", "za 2 godziny"; calendar days counted in the shop's time zone. */
  relativeTime(value: DateInput | null | undefined, now?: Date): string;
  /** A waiting time or build duration: "45 s", "12 min", "2 godz. 15 min", "3 dni 4 godz.". */
  formatDuration(ms: number): string;
  /** "e-mail, telefon i czat". */
  formatList(items: readonly string[]): string;
  /** Monday first, as the week starts in Poland and Czechia (and in the dashboard's heat map). */
  weekdayNames(width?: NameWidth): string[];
}

function toDate(value: DateInput | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const DATE_STYLES: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

function createTranslator(locale: Locale, timeZone: string): Translator {
  const tag = INTL_TAGS[locale];
  const catalogue = CATALOGUES[locale];
  const numbers = new Intl.NumberFormat(tag);
  const plurals = new Intl.PluralRules(tag);
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const list = new Intl.ListFormat(tag, { type: 'conjunction' });
  const dates = Object.fromEntries(
    Object.entries(DATE_STYLES).map(([style, options]) => [style, new Intl.DateTimeFormat(tag, { ...options, timeZone })]),
  ) as Record<DateStyle, Intl.DateTimeFormat>;
  const unit = (name: string, value: number) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);

  const self: Translator = {
    locale,
    timeZone,
    t(key, params = {}) {
      const message = catalogue[key];
      const text = typeof message === 'string' ? message : pluralForm(message, params.count);
      return interpolate(text, params, formatValue);
    },
    formatNumber: (value, options) => (options ? new Intl.NumberFormat(tag, options) : numbers).format(value),
    formatPercent: (share, fractionDigits = 0) =>
      new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share),
    formatDate(value, style = 'dateTime') {
      const date = toDate(value);
      return date ? dates[style].format(date) : '';
    },
    relativeTime(value, now = new Date()) {
      const date = toDate(value);
      if (!date) return '';
      const { value: amount, unit: relativeUnit } = relativeDistance(date, now, timeZone);
      return relative.format(amount, relativeUnit);
    },
    formatDuration(ms) {
      const seconds = Math.round(Math.max(0, ms) / 1000);
      if (seconds < 60) return unit('second', seconds);
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return unit('minute', minutes);
      // Two units at most, the smaller one dropped when zero: "2 godz.", "3 dni 4 godz.".
      const [whole, part, wholeMinutes, partMinutes] = minutes < 24 * 60 ? ['hour', 'minute', 60, 1] as const : ['day', 'hour', 24 * 60, 60] as const;
      const count = Math.floor(minutes / wholeMinutes);
      const rest = Math.floor((minutes % wholeMinutes) / partMinutes);
      return rest === 0 ? unit(whole, count) : `${unit(whole, count)} ${unit(part, rest)}`;
    },
    formatList: (items) => list.format(items),
    weekdayNames(width = 'long') {
      const format = new Intl.DateTimeFormat(tag, { weekday: width, timeZone: 'UTC' });
      // 2024-01-01 was a Monday.
      return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day))));
    },
  };

  function pluralForm(forms: PluralForms, count: unknown): string {
    if (typeof count !== 'number') return forms.other;
    return forms[plurals.select(count)] ?? forms.other;
  }

  function formatValue(value: unknown): string {
    if (typeof value === 'number') return self.formatNumber(value);
    if (value instanceof Date) return self.formatDate(value);
    return String(value);
  }

  return self;
}

const translators = new Map<string, Translator>();

/**
 * The translator for `locale` in the shop's `timeZone`, built once and reused (the Intl
 * formatters behind it are costly to create on every request).
 */
export function translator(locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): Translator {
  const id = `${locale} ${timeZone}`;
  let cached = translators.get(id);
  if (!cached) {
    if (!isKnownTimeZone(timeZone)) {
      throw new ConfigError(`The shop's time zone "${timeZone}" is not known. Set a name such as Europe/Warsaw or Europe/Prague in the settings.`, 'timeZone');
    }
    cached = createTranslator(locale, timeZone);
    translators.set(id, cached);
  }
  return cached;
}
