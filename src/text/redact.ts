/**
 * Replaces personal data in a customer's text with typed placeholders ([email], [phone], ...).
 * Identifiers with a checksum (PESEL, NIP, IČO, IBAN, card) are only redacted when the checksum
 * holds, so ordinary numbers (prices, model numbers, quantities) stay readable.
 */

type Rule = { pattern: RegExp; replace: (match: string, ...groups: string[]) => string };

const digitsOf = (text: string): string => text.replace(/\D/g, '');

function weightedSum(digits: string, weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

export function isValidPesel(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 11) return false;
  const check = (10 - (weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  return check === Number(digits[10]) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function isValidNip(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 10) return false;
  const check = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === Number(digits[9]);
}

export function isValidIco(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 8) return false;
  const rest = weightedSum(digits, [8, 7, 6, 5, 4, 3, 2]) % 11;
  return (11 - rest) % 10 === Number(digits[7]);
}

export function isValidRodneCislo(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 9 && digits.length !== 10) return false;
  // Women have 50 added to the month, and since 2004 either sex may have 20 added.
  const month = Number(digits.slice(2, 4)) % 50 % 20;
  const day = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (digits.length === 9) return true;
  const body = Number(digits.slice(0, 9)) % 11;
  return (body === 10 ? 0 : body) === Number(digits[9]);
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

export function isValidIban(text: string): boolean {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}

export function isValidLuhn(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Czech domestic account "prefix-number/bank": both parts carry a mod-11 check. */
function isValidCzechAccount(text: string): boolean {
  const match = /^(?:(\d{1,6})-)?(\d{2,10})\/\d{4}$/.exec(text);
  if (!match) return false;
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const passes = (part: string): boolean =>
    [...part].reverse().reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11 === 0;
  return passes(match[1] ?? '0') && passes(match[2]!);
}

const keepIf = (valid: (text: string) => boolean, placeholder: string) => (match: string) =>
  valid(match) ? placeholder : match;

const NO_DIGIT_BEFORE = '(?<![\\d\\p{L}/.,-])';
const NO_DIGIT_AFTER = '(?![\\d\\p{L}]|[/.,-]\\d)';
const bounded = (body: string): RegExp => new RegExp(NO_DIGIT_BEFORE + body + NO_DIGIT_AFTER, 'gu');

const UPPER = '\\p{Lu}';
const WORD = '\\p{L}+';
const HOUSE_NUMBER = '\\d{1,4}[a-zA-Z]?(?:\\s?/\\s?\\d{1,4}[a-zA-Z]?)?';

// Order matters: longer and checksummed identifiers go first so that a phone rule never eats
// part of an account number, and labelled ids ("NIP: ...") win over generic number shapes.
const RULES: Rule[] = [
  { pattern: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu, replace: () => '[email]' },
  {
    pattern: /\b(PESEL)(\s*(?:nr|:)?\s*)\d{11}\b/giu,
    replace: (_m, label, gap) => `${label}${gap}[pesel]`,
  },
  {
    pattern: /\b(NIP(?:-u|u)?)(\s*(?:nr|:)?\s*)(?:PL\s?)?\d{3}-?\d{2,3}-?\d{2}-?\d{2,3}\b/gu,
    replace: (_m, label, gap) => `${label}${gap}[nip]`,
  },
  {
    pattern: /\b(I[ČC]O?|I[ČC])(\s*:?\s*)\d{8}\b/giu,
    replace: (_m, label, gap) => `${label}${gap}[ico]`,
  },
  { pattern: bounded('[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?'), replace: keepIf(isValidIban, '[iban]') },
  // Polish account numbers are usually written without the "PL" prefix: 26 digits.
  { pattern: bounded('\\d{2}(?:[ ]?\\d{4}){6}'), replace: keepIf((m) => isValidIban(`PL${m}`), '[iban]') },
  // Card numbers never start with 0, which keeps "00420..." phone numbers out.
  { pattern: bounded('(?<!\\+)[1-9](?:[ -]?\\d){12,18}'), replace: keepIf(isValidLuhn, '[card]') },
  { pattern: bounded('\\d{6}\\s?/\\s?\\d{3,4}'), replace: keepIf(isValidRodneCislo, '[rodne-cislo]') },
  { pattern: bounded('(?:\\d{1,6}-)?\\d{2,10}/\\d{4}'), replace: keepIf(isValidCzechAccount, '[iban]') },
  { pattern: bounded('\\d{11}'), replace: keepIf(isValidPesel, '[pesel]') },
  {
    pattern: bounded('(?:PL\\s?)?(?:\\d{3}-\\d{3}-\\d{2}-\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3}|\\d{10})'),
    replace: keepIf(isValidNip, '[nip]'),
  },
  {
    // The keyword stays, only the number goes: "zamówienie nr [order]" still says what it is about.
    pattern:
      /\b((?:zam[óo]wie\p{L}*|zam\.|objedn[áa]v\p{L}*|obj\.|orders?|order\s+(?:no\.?|number|id)|nr\.?\s+zam[óo]wienia|numer\s+zam[óo]wienia|[čc][íi]slo\s+objedn[áa]vky)(?:\s*(?:nr\.?|numer|no\.?|number|[čc]\.|[čc][íi]slo|id)?\s*[:#]?\s*))([A-Z]{0,3}-?\d[\d/-]{2,}\d)\b/giu,
    replace: (_m, prefix: string) => `${prefix.replace(/#\s*$/, '')}[order]`,
  },
  { pattern: /(?<![\p{L}\d])#\s?\d{4,}\b/gu, replace: () => '[order]' },
  { pattern: /\b(nr\.?\s?)(\d{4,})\b(?![\s-]?\d)/giu, replace: (_m, prefix) => `${prefix}[order]` },
  { pattern: bounded('\\d{8}'), replace: keepIf(isValidIco, '[ico]') },
  {
    pattern: new RegExp(
      [
        // International: +48 606 762 622, 0048606762622, +420 777 123 456.
        '(?:\\+|00)\\d{2,3}[ -]?\\(?\\d{1,3}\\)?(?:[ -]?\\d{2,4}){2,4}',
        // Polish landline with area code: (22) 123 45 67, 22 123 45 67.
        '\\(\\d{2}\\)\\s?\\d{3}[ -]?\\d{2}[ -]?\\d{2}',
        // Nine digits, grouped 3-3-3 or 3-2-2-2: 606-762-622, 606 762 622, 606762622.
        '\\d{3}[ -]?\\d{3}[ -]?\\d{3}',
        '\\d{2}\\s\\d{3}\\s\\d{2}\\s\\d{2}',
      ].map((alternative) => NO_DIGIT_BEFORE + alternative + NO_DIGIT_AFTER).join('|'),
      'gu',
    ),
    replace: () => '[phone]',
  },
  {
    // Polish streets with a prefix: ul. Wiejska 74/37, al. Jana Pawła II 12, os. Tysiąclecia 5.
    pattern: new RegExp(
      `\\b(?:ul|al|os|pl|ulica|aleja)\\.?\\s+(?:${UPPER}${WORD}\\.?|[IVX]+|\\d{1,2}\\s${UPPER}${WORD})(?:[\\s-](?:${UPPER}${WORD}\\.?|[IVX]+|${WORD}))*?\\s${HOUSE_NUMBER}(?:\\s?(?:m\\.?|lok\\.?)\\s?\\d+)?`,
      'gu',
    ),
    replace: () => '[address]',
  },
  {
    // Whatever follows an "address:" label up to the house number: "Doručovací adresa: Husova 547".
    pattern: new RegExp(`(?<=\\b(?:[Aa]dres|[Aa]dresa|[Aa]dresu|[Aa]ddress|[Bb]ydli[sš]t[eě])\\s*:\\s*)${UPPER}${WORD}(?:\\s${UPPER}${WORD}){0,3}\\s${HOUSE_NUMBER}`, 'gu'),
    replace: () => '[address]',
  },
  {
    // Street name and a "house/flat" number as Czech and Polish write them: Národní 12/3.
    pattern: new RegExp(`(?<!\\p{L})${UPPER}${WORD}(?:\\s${UPPER}${WORD})?\\s\\d{1,4}[a-z]?\\s?/\\s?\\d{1,4}[a-z]?\\b`, 'gu'),
    replace: () => '[address]',
  },
  // Postal code with a town: 35-968 Rzeszów, 110 00 Praha 1, 602 00 Brno.
  { pattern: new RegExp(`${NO_DIGIT_BEFORE}\\d{2}-\\d{3}\\s+${UPPER}${WORD}(?:[ -]${UPPER}${WORD})?`, 'gu'), replace: () => '[address]' },
  {
    pattern: new RegExp(`${NO_DIGIT_BEFORE}\\d{3}\\s?\\d{2}\\s+${UPPER}${WORD}(?:\\s\\d{1,2}\\b)?`, 'gu'),
    replace: () => '[address]',
  },
];

export function redact(text: string): string {
  // Every kind of personal data above has a digit or an "@" in it; most questions have neither.
  if (!/[\d@]/.test(text)) return text;
  let result = text;
  for (const rule of RULES) result = result.replace(rule.pattern, rule.replace as (m: string, ...g: string[]) => string);
  // "ul. Wiejska 74/37, 35-968 Rzeszów" is one address, not two.
  return result.replace(/\[address\](?:,?\s*\[address\])+/g, '[address]');
}
