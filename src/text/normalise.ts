/**
 * Character-level normalisation shared by tokenizing and matching. Customers often type Polish
 * and Czech without diacritics, so every comparison happens on folded text.
 */

/** Letters that Unicode does not decompose into base + combining mark. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSABLE_CHARS = /[łŁđĐøØßæœ]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-cases and removes diacritics: "Reklamację" -> "reklamacje", "Růžička" -> "ruzicka". */
export function foldDiacritics(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE_CHARS, (c) => UNDECOMPOSABLE[c] ?? c);
}

/**
 * Redaction placeholders ("[email]", "[phone]", "[order]"...) stand for personal data, not for
 * meaning: two unrelated questions that both contain an order number must not look alike.
 */
const PLACEHOLDER = /\[[a-z_]+\]/gi;

export function dropPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, ' ');
}
