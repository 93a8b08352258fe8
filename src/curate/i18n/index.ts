export { CATALOGUES, isMessageKey, type Catalogue, type Message, type MessageKey, type PluralForms } from './catalogue.js';
export { registerI18nHelpers } from './handlebars-helpers.js';
export { placeholdersOf, type MessageParams } from './interpolate.js';
export { DEFAULT_LOCALE, INTL_TAGS, LOCALE_NAMES, LOCALES, isLocale, type Locale } from './locale.js';
export { negotiateLocale } from './negotiate-locale.js';
export { DEFAULT_TIME_ZONE, translator, type DateInput, type DateStyle, type NameWidth, type Translator } from './translator.js';
