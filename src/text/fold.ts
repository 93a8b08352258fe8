/**
 * Diacritic folding, the one place it is written. Customers often type Polish and Czech without
 * diacritics, so every comparison happens on folded text. Two flavours with different contracts:
 * `foldDiacritics` for comparing (any letter, length may change) and `foldKeepingOffsets` for
 * matching patterns and cutting the original at the same index.
 */

/** Letters that Unicode does not decompose into base + combining mark. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSABLE_CHARS = /[łŁđĐøØßæœ]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Lower-cases and removes diacritics of any Latin letter: "Reklamację" -> "reklamacje",
 * "Růžička" -> "ruzicka", "Straße" -> "strasse". The result may be longer or shorter than the input.
 */
export function foldDiacritics(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE_CHARS, (c) => UNDECOMPOSABLE[c] ?? c);
}

const FOLD: Record<string, string> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  á: 'a', č: 'c', ď: 'd', é: 'e', ě: 'e', í: 'i', ň: 'n', ř: 'r', š: 's', ť: 't', ú: 'u', ů: 'u',
  ý: 'y', ž: 'z', ä: 'a', ö: 'o', ü: 'u', ô: 'o', ĺ: 'l', ľ: 'l', ŕ: 'r',
};

/**
 * Lower-cases and strips Polish/Czech diacritics one character for one character, so that
 * offsets found in the folded text are valid in the original: the question extractor matches
 * greetings and sign-offs on folded text and cuts the original at the same place. Unlike
 * `foldDiacritics`, which may change the length, it only knows the Central European letters below.
 */
export function foldKeepingOffsets(text: string): string {
  // The hottest function of an import (every pattern runs on folded text): a table lookup per
  // character, copying unchanged runs whole, is twice as fast as toLowerCase() plus replace().
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: string;
    let width = 1;
    if (code < FOLD_TABLE.length) {
      const to = FOLD_TABLE[code]!;
      if (to === code) continue;
      folded = String.fromCharCode(to);
    } else {
      // Past the table (emoji, CJK...): that one character, a surrogate pair taken whole.
      if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) width = 2;
      const ch = text.slice(i, i + width);
      folded = foldOne(ch);
      if (folded === ch) {
        i += width - 1;
        continue;
      }
    }
    out += text.slice(copiedUpTo, i) + folded;
    copiedUpTo = i + width;
    i += width - 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/**
 * The folded lower case of every character up to U+20FF: Latin with its extensions, Greek and
 * Cyrillic, and the punctuation of ordinary writing („quotes”, dashes, …), so that a message
 * with typographic quotes takes the fast path too. A character that lower-cases to two ("İ")
 * stays as it is.
 */
const FOLD_TABLE = Uint16Array.from({ length: 0x2100 }, (_, code) => foldOne(String.fromCharCode(code)).charCodeAt(0));

function foldOne(ch: string): string {
  const lower = ch.toLowerCase();
  const single = lower.length === ch.length ? lower : ch;
  return FOLD[single] ?? single;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
