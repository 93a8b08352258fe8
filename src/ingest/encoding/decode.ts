import iconv from 'iconv-lite';
import { hasUtf8Bom, withoutBom } from './bom.js';

/**
 * Turns bytes into text when the file does not reliably say its charset. Polish and Czech
 * exports are UTF-8, windows-1250 or ISO-8859-2; the two 8-bit ones differ in a handful of
 * letters (ś, ź, ą, Ś, Ź, Ą, š, ť, ž...), so we count which reading yields more real letters.
 */
export function decodeText(bytes: Buffer, declared?: string | null): string {
  if (hasUtf8Bom(bytes)) return withoutBom(bytes).toString('utf8');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf16be');
  if (isValidUtf8(bytes)) return bytes.toString('utf8');
  const normalized = declared?.toLowerCase().trim();
  if (normalized && !/^(utf-?8|us-ascii|ascii)$/.test(normalized) && iconv.encodingExists(normalized)) {
    return iconv.decode(bytes, normalized);
  }
  return iconv.decode(bytes, guessCentralEuropean8bit(bytes));
}

/** True when every multi-byte sequence is well-formed UTF-8 (pure ASCII counts as UTF-8). */
export function isValidUtf8(bytes: Buffer): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= n) return false;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

// Bytes where the two charsets put different letters. Each entry: byte -> [cp1250, iso-8859-2].
const DIFFERING_BYTES: ReadonlyMap<number, readonly [string, string]> = new Map([
  [0x8c, ['Ś', '\u008c']],
  [0x8f, ['Ź', '\u008f']],
  [0x9c, ['ś', '\u009c']],
  [0x9f, ['ź', '\u009f']],
  [0x8a, ['Š', '\u008a']],
  [0x9a, ['š', '\u009a']],
  [0x8d, ['Ť', '\u008d']],
  [0x9d, ['ť', '\u009d']],
  [0x8e, ['Ž', '\u008e']],
  [0x9e, ['ž', '\u009e']],
  [0xa5, ['Ą', 'Ľ']],
  [0xb9, ['ą', 'š']],
  [0xa1, ['ˇ', 'Ą']],
  [0xb1, ['±', 'ą']],
  [0xa6, ['¦', 'Ś']],
  [0xb6, ['¶', 'ś']],
  [0xac, ['¬', 'Ź']],
  [0xbc, ['Ľ', 'ź']],
  [0xa9, ['©', 'Š']],
  [0xbb, ['»', 'ť']],
  [0xae, ['®', 'Ž']],
  [0xbe, ['ľ', 'ž']],
]);

/** Picks windows-1250 or ISO-8859-2 by which one makes more of the differing bytes letters. */
export function guessCentralEuropean8bit(bytes: Buffer): 'windows-1250' | 'iso-8859-2' {
  let cp1250 = 0;
  let iso = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    const pair = DIFFERING_BYTES.get(b);
    if (!pair) continue;
    if (/\p{L}/u.test(pair[0])) cp1250++;
    if (/\p{L}/u.test(pair[1])) iso++;
  }
  return iso > cp1250 ? 'iso-8859-2' : 'windows-1250';
}
