/**
 * Personal data in customers' texts: `redact` replaces it with typed placeholders ([email],
 * [phone], [name], ...) before anything is stored; `findPersonalData` reports it, so that text on
 * its way out (the public site) can be refused. Both use the same rules, in the order below:
 * where two rules claim overlapping text, the earlier one wins, so labelled and checksummed
 * identifiers go before generic number shapes, and those before street and name heuristics.
 */
import { fold } from './normalise.js';
import { ADDRESS_RULES } from './redact/addresses.js';
import { EMAIL_RULES, INTERNATIONAL_PHONE_RULES, NATIONAL_PHONE_RULES } from './redact/contacts.js';
import { CHECKSUM_IDENTIFIER_RULES, LABELLED_IDENTIFIER_RULES } from './redact/identifiers.js';
import { NAME_RULES } from './redact/names.js';
import { NUMBERED_REFERENCE_RULES, ORDER_RULES } from './redact/orders.js';
import { PLACEHOLDERS } from './redact/placeholders.js';
import type { PersonalDataMatch, Rule } from './redact/rule.js';

export {
  isValidCzechAccount,
  isValidIban,
  isValidIco,
  isValidLuhn,
  isValidNip,
  isValidPesel,
  isValidRegon,
  isValidRodneCislo,
} from './redact/checksums.js';
export { PLACEHOLDERS, type PersonalDataType } from './redact/placeholders.js';
export type { PersonalDataMatch } from './redact/rule.js';

// Every one of these has a digit, an "@" or (PrestaShop references) nine capitals in it.
const RULES_NEEDING_DIGITS: Rule[] = [
  ...EMAIL_RULES,
  ...LABELLED_IDENTIFIER_RULES,
  ...CHECKSUM_IDENTIFIER_RULES,
  ...INTERNATIONAL_PHONE_RULES,
  ...ORDER_RULES,
  ...NATIONAL_PHONE_RULES,
  ...NUMBERED_REFERENCE_RULES,
  ...ADDRESS_RULES,
];
const MAY_HOLD_NUMBERED_DATA = /[\d@]|\p{Lu}{9}/u;

/** The personal data in a text, in text order; overlapping findings are settled by rule order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const folded = fold(text);
  const rules = MAY_HOLD_NUMBERED_DATA.test(text) ? [...RULES_NEEDING_DIGITS, ...NAME_RULES] : NAME_RULES;
  const taken: PersonalDataMatch[] = [];
  for (const rule of rules) {
    for (const found of rule.find(text, folded)) {
      const end = found.index + found.match.length;
      if (!taken.some((other) => found.index < other.index + other.match.length && other.index < end)) taken.push(found);
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
