import { foldKeepingOffsets } from '../fold.js';
import { patternRule, type Rule } from './rule.js';

// Patterns below run on folded text (lower case, no diacritics, same offsets as the original):
// customers write "zamowienie" as often as "zamówienie".

// Words after which a code names an order, a parcel, an invoice or a complaint.
const ORDER_WORDS =
  '(?:zamowie\\p{L}*|zam\\.|objednav\\p{L}*|obj\\.|orders?|purchase|ref\\.?|referenc\\p{L}*|faktur\\p{L}*|invoice|fv|przesyl\\p{L}*|paczk\\p{L}*|zasilk\\p{L}*|balik\\p{L}*|parcel|shipment|tracking|reklamac\\p{L}*|zgloszeni\\p{L}*|variabilni symbol|vs)(?!\\p{L})';
// Words that say "number" without saying of what: weaker, so they yield to phones and identifiers.
const NUMBER_WORDS = '(?:nr\\.?|cislo|c\\.)(?!\\p{L})';
const CONNECTORS =
  '(?:\\s*(?:nr\\.?|no\\.?|numer\\p{L}*|number|num\\.|c\\.|cislo|cisl\\p{L}*|id|ref\\.?|o numerze|s cislem|with(?: the)? (?:number|id|reference)|is|je|to|jest|:|#|-))*';
// 64776, 2023-8167, ZAM/2024/02/6210, PL-12345, ABC12345: at least three digits.
const CODE = '#?(?:[a-z]{1,5}[/-]?)?\\d[a-z0-9]*(?:[/-][a-z0-9]+)*';
// "objednávka 1 299 Kč" is about a price, and "zamówienie 777 123 456" leaves the phone to its rule.
const CODE_END = '(?![\\p{L}\\d]|[.,]\\d|\\s\\d|\\s*(?:(?:zl|kc|czk|pln|eur|usd|ks|szt|dni|dny|den|days?|cm|mm|kg|gb|tb)\\b|€|\\$|%))';

const labelledCode = (words: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\d])${words}${CONNECTORS}\\s*(?<pii>${CODE})${CODE_END}`, 'dgu');

const withDigits = (least: number) => (value: string): boolean => (value.match(/\d/g)?.length ?? 0) >= least;

// Shop formats that are order numbers wherever they stand: ZAM/2024/02/6210, FV-2024-123, #123456.
const SHOP_FORMAT = /(?<![\p{L}\d/#-])(?:[A-Z]{2,5}[/-]\d{2,4}(?:[/-]\d{1,8})+|#\s?[A-Z]{0,3}-?\d{4,})(?![\p{L}\d/])/gu;

// PrestaShop references: nine capital letters ("XKBKNABJK"), taken only near an order word.
const PRESTASHOP_REFERENCE = /(?<![\p{L}\d])[A-Z]{9}(?![\p{L}\d])/gu;
const ORDER_CONTEXT = /(?:zamow|zam\.|objedn|obj\.|order|ref|zasil|przesyl|paczk|nr|numer|cislo|c\.)/;

function isPrestashopReference(value: string, text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  // A word of a shouted sentence ("REKLAMACE ZBOZI") is not a reference.
  if (/\p{Lu}{3,}\s*$/u.test(before) || /^\s*\p{Lu}{3,}/u.test(text.slice(index + value.length))) return false;
  return ORDER_CONTEXT.test(foldKeepingOffsets(before));
}

export const ORDER_RULES: Rule[] = [
  patternRule('order', SHOP_FORMAT),
  patternRule('order', labelledCode(ORDER_WORDS), withDigits(3), 'folded'),
  patternRule('order', PRESTASHOP_REFERENCE, isPrestashopReference),
];

export const NUMBERED_REFERENCE_RULES: Rule[] = [
  patternRule('order', labelledCode(NUMBER_WORDS), withDigits(4), 'folded'),
];
