/** The languages the editor speaks. Polish is the default: most shops using faqtory are Polish. */
export const LOCALES = ['pl', 'cs', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'pl';

/**
 * The BCP 47 tag handed to Intl for each locale. English is British on purpose: day-month
 * dates and a 24-hour clock read naturally to Central European staff who chose English.
 */
export const INTL_TAGS: Readonly<Record<Locale, string>> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

/** Each language in its own words, for the language switcher (the same in every locale). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { pl: 'Polski', cs: 'Čeština', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
