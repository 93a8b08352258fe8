import iconv from 'iconv-lite';
import { decodeText, isValidUtf8 } from './decode.js';

const UTF8_OR_ASCII = /^(utf-?8|us-?ascii|ascii|ansi_x3\.4-1968)$/;
// Mail clients mislabel Central European text often enough that a declared 8-bit charset is
// only a first guess: these are the readings we compare it with.
const CENTRAL_EUROPEAN = ['windows-1250', 'iso-8859-2'] as const;
// A symbol or control character glued to a letter is what a wrong 8-bit reading looks like
// ("Wiadomo¶æ" for "Wiadomość", "Dziêkujê" for "Dziękuję").
const SUSPICIOUS = /[\p{L}][\u0080-\u009f\ufffd±¶¦¬©®»«ˇ¤³¹²¼½¾§¨´¸˘˝˛˙°]|[\u0080-\u009f\ufffd±¶¦¬©®»«ˇ¤³¹²¼½¾§¨´¸˘˝˛˙°][\p{L}]/gu;

/** True when iconv-lite can decode the charset (so the fast path can handle the part). */
export function isKnownCharset(charset: string | null | undefined): boolean {
  const normalized = normalizeCharset(charset);
  return normalized === null || UTF8_OR_ASCII.test(normalized) || iconv.encodingExists(normalized);
}

/**
 * Decodes a text part or header word. The declared charset is trusted only as far as the bytes
 * agree: UTF-8 that is not valid UTF-8 and 8-bit text that reads as mojibake are re-read as
 * UTF-8 or the Central European charset that yields real letters.
 */
export function decodeMailText(bytes: Buffer, declared: string | null | undefined): string {
  const charset = normalizeCharset(declared);
  if (!hasHighBytes(bytes)) return bytes.toString('latin1');
  if (charset === null || UTF8_OR_ASCII.test(charset) || !iconv.encodingExists(charset)) return decodeText(bytes);
  if (/^(utf-?16|utf-?32|ucs-?2)/.test(charset)) return iconv.decode(bytes, charset);
  if (isValidUtf8(bytes)) return bytes.toString('utf8');
  if (isMultiByteCharset(charset)) return iconv.decode(bytes, charset);
  let best = iconv.decode(bytes, charset);
  let bestScore = suspiciousCount(best);
  for (const candidate of CENTRAL_EUROPEAN) {
    if (bestScore === 0) break;
    if (candidate === charset) continue;
    const text = iconv.decode(bytes, candidate);
    const score = suspiciousCount(text);
    if (score < bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

function normalizeCharset(charset: string | null | undefined): string | null {
  const value = charset?.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!value) return null;
  // Outlook and old webmails write these aliases; iconv-lite knows the canonical names.
  if (value === 'cp1250' || value === 'x-cp1250' || value === 'win-1250') return 'windows-1250';
  if (value === 'latin2' || value === 'iso8859-2' || value === 'iso_8859-2') return 'iso-8859-2';
  return value;
}

function isMultiByteCharset(charset: string): boolean {
  return /^(gb|big5|shift|sjis|euc|iso-2022|ks_c|cp9[34]\d|x-mac-(japanese|chinese|korean))/.test(charset);
}

function hasHighBytes(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function suspiciousCount(text: string): number {
  return text.match(SUSPICIOUS)?.length ?? 0;
}
