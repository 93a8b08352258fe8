/**
 * Personal data in customers' texts: `redact` replaces it with typed placeholders ([email],
 * [phone], [name], ...) before anything is stored; `findPersonalData` reports it, so that text on
 * its way out (the public site) can be refused. Both use the same rules, in the order below:
 * where two rules claim overlapping text, the earlier one wins, so labelled and checksummed
 * identifiers go before generic number shapes, and those before street and name heuristics.
 */
import { foldKeepingOffsets } from './fold.js';
import { ADDRESS_RULES } from './redact/addresses.js';
import { EMAIL_RULES, INTERNATIONAL_PHONE_RULES, NATIONAL_PHONE_RULES } from './redact/contacts.js';
import { CHECKSUM_IDENTIFIER_RULES, LABELLED_IDENTIFIER_RULES } from './redact/identifiers.js';
import { NAME_RULES } from './redact/names.js';
import { NUMBERED_REFERENCE_RULES, ORDER_RULES } from './redact/orders.js';
import { PLACEHOLDERS } from './redact/placeholders.js';
import type { PersonalDataMatch, Rule } from './redact/rule.js';

export { PLACEHOLDERS, type PersonalDataType } from './redact/placeholders.js';
export type { PersonalDataMatch } from './redact/rule.js';

/**
 * Rule families in order of precedence, each behind a cheap test of whether its kind of data can
 * be in the text at all: most messages have no long number, no "@" and no label, and redaction
 * runs on every imported message.
 */
const FAMILIES: { mayOccur: RegExp; inFolded?: true; rules: Rule[] }[] = [
  { mayOccur: /@/, rules: EMAIL_RULES },
  { mayOccur: /\b(?:pesel|nip|regon|dic|ico?|rodn|rc)/, inFolded: true, rules: LABELLED_IDENTIFIER_RULES },
  // Every identifier has at least eight digits, possibly grouped.
  { mayOccur: /\d(?:[ /-]?\d){7}/, rules: CHECKSUM_IDENTIFIER_RULES },
  { mayOccur: /(?:\+|00)\d/, rules: INTERNATIONAL_PHONE_RULES },
  { mayOccur: /\d|\p{Lu}{9}/u, rules: ORDER_RULES },
  { mayOccur: /\d(?:[ .()-]*\d){8}/, rules: NATIONAL_PHONE_RULES },
  { mayOccur: /\d/, rules: NUMBERED_REFERENCE_RULES },
  { mayOccur: /\d/, rules: ADDRESS_RULES },
  { mayOccur: /\p{Lu}|\p{Ll}{2}/u, rules: NAME_RULES },
];

/** The personal data in a text, in text order; overlapping findings are settled by rule order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const folded = foldKeepingOffsets(text);
  const taken: PersonalDataMatch[] = [];
  for (const family of FAMILIES) {
    if (!family.mayOccur.test(family.inFolded ? folded : text)) continue;
    for (const rule of family.rules) {
      for (const found of rule.find(text, folded)) {
        const end = found.index + found.match.length;
        if (!taken.some((other) => found.index < other.index + other.match.length && other.index < end)) taken.push(found);
      }
    }
  }
  return taken.sort((a, b) => a.index - b.index);
}

export function redact(text: string): string {
  let result = '';
  let at = 0;
  for (const found of findPersonalData(text)) {
    result += text.slice(at, found.index) + PLACEHOLDERS[found.rule];
    at = found.index + found.match.length;
  }
  result += text.slice(at);
  // "ul. Wiejska 74/37, 35-968 Rzeszów" is one address, not two.
  return result.replace(/\[address\](?:,?\s*\[address\])+/g, '[address]');
}
