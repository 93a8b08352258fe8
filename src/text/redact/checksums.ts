/**
 * Checksums of the identifiers customers type. A number is only taken for an identifier when its
 * checksum holds, so prices, dates and model numbers of the same length stay readable.
 */

const digitsOf = (text: string): string => text.replace(/\D/g, '');

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

const isDayOfMonth = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

export function isValidPesel(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 11) return false;
  const check = (10 - (weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  // The century is encoded by adding 20, 40, 60 or 80 to the month.
  return check === Number(digits[10]) && isDayOfMonth(Number(digits.slice(2, 4)) % 20, Number(digits.slice(4, 6)));
}

export function isValidNip(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 10) return false;
  const check = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === Number(digits[9]);
}

export function isValidRegon(text: string): boolean {
  const digits = digitsOf(text);
  const weights =
    digits.length === 9 ? [8, 9, 2, 3, 4, 5, 6, 7] : digits.length === 14 ? [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] : null;
  if (!weights) return false;
  return (weightedSum(digits, weights) % 11) % 10 === Number(digits[digits.length - 1]);
}

export function isValidIco(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 8) return false;
  const rest = weightedSum(digits, [8, 7, 6, 5, 4, 3, 2]) % 11;
  return (11 - rest) % 10 === Number(digits[7]);
}

/**
 * Rodné číslo YYMMDD/SSS[C]: women have 50 added to the month, and since 2004 either sex may have
 * 20 more (so months 21-32 and 71-82 exist). Numbers issued since 1954 have ten digits and are
 * divisible by 11 (or the first nine leave 10 and the last digit is 0).
 */
export function isValidRodneCislo(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length !== 9 && digits.length !== 10) return false;
  const month = (Number(digits.slice(2, 4)) % 50) % 20;
  if (!isDayOfMonth(month, Number(digits.slice(4, 6)))) return false;
  if (digits.length === 9) return true;
  const rest = Number(digits.slice(0, 9)) % 11;
  return (rest === 10 ? 0 : rest) === Number(digits[9]);
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
  return mod97(rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))) === 1;
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
export function isValidCzechAccount(text: string): boolean {
  const match = /^(?:(\d{1,6})-)?(\d{2,10})\/\d{4}$/.exec(text);
  if (!match) return false;
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const passes = (part: string): boolean =>
    [...part].reverse().reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11 === 0;
  return passes(match[1] ?? '0') && passes(match[2]!);
}
