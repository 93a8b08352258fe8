import type Handlebars from 'handlebars';
import { isMessageKey } from './catalogue.js';
import { DEFAULT_LOCALE, isLocale } from './locale.js';
import { DEFAULT_TIME_ZONE, translator, type DateStyle, type NameWidth, type Translator } from './translator.js';

type HelperOptions = Handlebars.HelperOptions;

/** The translator for the page being rendered: `locale` and `timeZone` of the root context. */
function pageTranslator(options: HelperOptions): Translator {
  const root = (options.data as { root?: { locale?: unknown; timeZone?: unknown } } | undefined)?.root ?? {};
  const locale = isLocale(root.locale) ? root.locale : DEFAULT_LOCALE;
  const timeZone = typeof root.timeZone === 'string' && root.timeZone ? root.timeZone : DEFAULT_TIME_ZONE;
  return translator(locale, timeZone);
}

/** Handlebars passes its options object as the last argument of every helper call. */
function split(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

/**
 * Registers the translation and formatting helpers on a Handlebars instance. Every helper reads
 * the page language from `locale` ('pl' | 'cs' | 'en', Polish when absent) and the shop's time
 * zone from `timeZone` (Europe/Warsaw when absent) in the ROOT context passed to the template,
 * so partials and `#each` blocks need nothing extra. Output is plain text, escaped as usual.
 *
 * - `{{t "topics.count" count=topic.size}}`: a message, hash arguments fill `{placeholders}`;
 *   further positional arguments are appended as key segments, so `{{t "channel" q.channel}}`
 *   reads `channel.email` (also for statuses, roles, languages and formats). An unknown key
 *   throws, so a typo fails the page's test instead of showing a raw key.
 * - `{{formatDate askedAt}}`, `{{formatDate askedAt "date"}}` (styles: date, dateTime, time)
 * - `{{relativeTime askedAt}}`: "3 dni temu"
 * - `{{formatNumber n}}`, `{{formatPercent share}}` (share 0..1), `{{formatDuration ms}}`
 * - `{{#each (weekdayNames "short")}}`: Monday first (widths: long, short, narrow)
 */
export function registerI18nHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper('t', (...args: unknown[]) => {
    const { values, options } = split(args);
    const key = values.map(String).join('.');
    if (!isMessageKey(key)) throw new Error(`The editor has no text for the key "${key}"; add it to src/curate/i18n/locales/pl.ts, cs.ts and en.ts.`);
    return pageTranslator(options).t(key, options.hash as Record<string, unknown>);
  });
  handlebars.registerHelper('formatDate', (...args: unknown[]) => {
    const { values: [value, style], options } = split(args);
    return pageTranslator(options).formatDate(value as string, typeof style === 'string' ? (style as DateStyle) : undefined);
  });
  handlebars.registerHelper('relativeTime', (...args: unknown[]) => {
    const { values: [value], options } = split(args);
    return pageTranslator(options).relativeTime(value as string);
  });
  handlebars.registerHelper('formatNumber', (...args: unknown[]) => {
    const { values: [value], options } = split(args);
    return typeof value === 'number' ? pageTranslator(options).formatNumber(value) : '';
  });
  handlebars.registerHelper('formatPercent', (...args: unknown[]) => {
    const { values: [value], options } = split(args);
    return typeof value === 'number' ? pageTranslator(options).formatPercent(value) : '';
  });
  handlebars.registerHelper('formatDuration', (...args: unknown[]) => {
    const { values: [value], options } = split(args);
    return typeof value === 'number' ? pageTranslator(options).formatDuration(value) : '';
  });
  handlebars.registerHelper('weekdayNames', (...args: unknown[]) => {
    const { values: [width], options } = split(args);
    return pageTranslator(options).weekdayNames(typeof width === 'string' ? (width as NameWidth) : undefined);
  });
}
