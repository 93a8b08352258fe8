/**
 * The editor's languages: Polish (default), Czech and English.
 *
 * Wiring a page: call `registerI18nHelpers(handlebars)` once on the editor's Handlebars
 * instance; per request pick `negotiateLocale(req.get('accept-language'), user?.locale)` and
 * pass `locale` and the shop's `timeZone` in the template's root context (also usable as
 * `<html lang="{{locale}}">`). Code outside templates (flash messages, errors) uses
 * `translator(locale, timeZone).t(key, params)`. New words go into locales/pl.ts first; the
 * compiler then lists what cs.ts and en.ts lack.
 */
export { CATALOGUES, isMessageKey, type Catalogue, type Message, type MessageKey, type PluralForms } from './catalogue.js';
export { registerI18nHelpers } from './handlebars-helpers.js';
export { placeholdersOf, type MessageParams } from '../../interpolate.js';
export { DEFAULT_LOCALE, INTL_TAGS, LOCALE_NAMES, LOCALES, isLocale, type Locale } from './locale.js';
export { negotiateLocale } from './negotiate-locale.js';
export { DEFAULT_TIME_ZONE, translator, type DateInput, type DateStyle, type NameWidth, type Translator } from './translator.js';
