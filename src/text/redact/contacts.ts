import { AFTER, BEFORE, patternRule, type Rule } from './rule.js';

// Starting only where the local part starts keeps the search linear in long words.
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;

// +48 606 762 622, 0048606762622, +1 (555) 123-4567, +44 (0)20 7946 0958.
// Not after "digit space": "0800 0000 1920" inside an account number is no phone.
const INTERNATIONAL = new RegExp(`${BEFORE}(?<!\\d )(?:\\+|00)\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?)(?:[ .-]?\\d{2,6}){1,5}${AFTER}`, 'gu');
// 606 762 622, (22) 123 45 67, 555-123-4567, 07700 900123, 777123456.
const NATIONAL = new RegExp(`${BEFORE}(?:\\(\\d{2,5}\\)|\\d{2,5})(?:[ .-]?\\d{2,6}){0,4}${AFTER}`, 'gu');

const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/**
 * A national number: 9 to 11 digits. Unseparated, only 9 or 10 (or 11 from a leading 0), so that
 * EAN codes stay; separated, at least one group has three digits or more, so that lists of sizes
 * ("38 39 40 41 42") stay.
 */
function looksLikeNationalPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 11) return false;
  const groups = value.split(/[^\d]+/).filter(Boolean);
  if (groups.length === 1) return digits.length <= 10 || digits.startsWith('0');
  return groups.some((group) => group.length >= 3);
}

const EMAIL_ADDRESSES = patternRule('email', EMAIL);
export const EMAIL_RULES: Rule[] = [
  { type: 'email', find: (text, folded) => (text.includes('@') ? EMAIL_ADDRESSES.find(text, folded) : []) },
];

export const INTERNATIONAL_PHONE_RULES: Rule[] = [
  patternRule('phone', INTERNATIONAL, (value) => digitCount(value) >= 8 && digitCount(value) <= 15),
];

export const NATIONAL_PHONE_RULES: Rule[] = [patternRule('phone', NATIONAL, looksLikeNationalPhone)];
