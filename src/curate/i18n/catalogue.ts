import { cs } from './locales/cs.js';
import { en } from './locales/en.js';
import { pl } from './locales/pl.js';
import type { Locale } from './locale.js';

/**
 * A message that depends on `{count}`: one text per CLDR plural category of the locale
 * (Polish and Czech need one/few/many/other, English one/other). `other` is always required.
 */
export type PluralForms = { readonly other: string } & Partial<Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>>;

export type Message = string | PluralForms;

/** Every key the editor may translate; the Polish catalogue defines the set. */
export type MessageKey = keyof typeof pl;

/** What cs and en must provide: every Polish key, plural where Polish is plural. */
export type Catalogue = { readonly [K in MessageKey]: (typeof pl)[K] extends string ? string : PluralForms };

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { pl, cs, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(pl, key);
}
