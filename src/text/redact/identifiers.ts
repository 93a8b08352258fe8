import {
  isValidCzechAccount,
  isValidIban,
  isValidIco,
  isValidLuhn,
  isValidNip,
  isValidPesel,
  isValidRegon,
  isValidRodneCislo,
} from './checksums.js';
import { AFTER, BEFORE, patternRule, type Rule } from './rule.js';

const bounded = (body: string): RegExp => new RegExp(BEFORE + body + AFTER, 'gu');

/** "PESEL: 44051401359": after its label a number is personal even with a typo in it. */
const labelled = (label: string, value: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${label})(?:\\s*(?:nr\\.?|no\\.?|[čc]\\.|:|-|–)?\\s*)(?<pii>${value})${AFTER}`, 'gdiu');

const NIP_SHAPE = '(?:PL\\s?)?(?:\\d{3}-\\d{3}-\\d{2}-\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3}|\\d{3}\\s\\d{3}\\s\\d{2}\\s\\d{2}|\\d{10})';
const DIC_SHAPE = 'CZ\\s?\\d{8,10}';

const isValidDic = (text: string): boolean => {
  const digits = text.replace(/\D/g, '');
  return digits.length === 8 ? isValidIco(digits) : isValidRodneCislo(digits);
};

// Labelled forms first: the label settles what the number is.
export const LABELLED_IDENTIFIER_RULES: Rule[] = [
  patternRule('pesel', labelled('PESEL(?:-?u|-?em)?', '\\d{11}')),
  patternRule('nip', labelled('NIP(?:-?u|-?em)?(?:\\s?UE)?', NIP_SHAPE)),
  patternRule('regon', labelled('REGON(?:-?u|-?em)?', '\\d{9}(?:\\d{5})?')),
  patternRule('dic', labelled('DI[ČC]', `${DIC_SHAPE}|\\d{8,10}`)),
  patternRule('ico', labelled('I[ČC]O?', '\\d{6,8}')),
  patternRule('rodne-cislo', labelled('rodn\\p{L}*\\s+[čc][íi]sl\\p{L}*|R[ČC]', '\\d{6}\\s?/?\\s?\\d{3,4}')),
];

// Unlabelled identifiers, only when their checksum holds; longest shapes first.
export const CHECKSUM_IDENTIFIER_RULES: Rule[] = [
  patternRule('iban', bounded('[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?'), isValidIban),
  // Polish account numbers are usually written without the "PL" prefix: 26 digits.
  patternRule('iban', bounded('\\d{2}(?:[ ]?\\d{4}){6}'), (value) => isValidIban(`PL${value}`)),
  // Card numbers have 14 to 19 digits (13-digit EAN product codes stay) and never start with 0,
  // which keeps "00420..." phone numbers out.
  patternRule('card', bounded('(?<!\\+)[1-9](?:[ -]?\\d){13,18}'), isValidLuhn),
  patternRule('regon', bounded('\\d{14}'), isValidRegon),
  patternRule('dic', bounded(DIC_SHAPE), isValidDic),
  patternRule('rodne-cislo', bounded('\\d{6}\\s?/\\s?\\d{3,4}'), isValidRodneCislo),
  patternRule('iban', bounded('(?:\\d{1,6}-)?\\d{2,10}/\\d{4}'), isValidCzechAccount),
  patternRule('pesel', bounded('\\d{11}'), isValidPesel),
  patternRule('nip', bounded(NIP_SHAPE), isValidNip),
  // Since 1954 a rodné číslo has ten digits divisible by 11; many people type it without the slash.
  patternRule('rodne-cislo', bounded('\\d{10}'), isValidRodneCislo),
  patternRule('ico', bounded('\\d{8}'), isValidIco),
];
