import iconv from 'iconv-lite';
import { guessCentralEuropean8bit, isValidUtf8 } from '../encoding/index.js';

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
 * UTF-8 or as the Central European charset that yields plausible text.
 */
export function decodeMailText(bytes: Buffer, declared: string | null | undefined): string {
  const charset = normalizeCharset(declared);
  if (!hasHighBytes(bytes)) return bytes.toString('latin1');
  if (charset !== null && /^(utf-?16|utf-?32|ucs-?2)/.test(charset) && iconv.encodingExists(charset)) return iconv.decode(bytes, charset);
  if (isValidUtf8(bytes)) return bytes.toString('utf8');
  const trusted = charset !== null && !UTF8_OR_ASCII.test(charset) && iconv.encodingExists(charset);
  if (trusted && isMultiByteCharset(charset)) return iconv.decode(bytes, charset);
  // Without a usable declaration decode.ts's guess is the first choice; ties keep the first choice.
  const first = trusted ? charset : guessCentralEuropean8bit(bytes);
  let best = iconv.decode(bytes, first);
  let bestScore = implausibility(best);
  for (const candidate of CENTRAL_EUROPEAN) {
    if (bestScore === 0) break;
    if (candidate === first) continue;
    const text = iconv.decode(bytes, candidate);
    const score = implausibility(text);
    if (score < bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

const POLISH_ONLY = /[ąęłńśźżĄĘŁŃŚŹŻ]/g;
const CZECH_ONLY = /[čěřůďňťšžČĚŘŮĎŇŤŠŽ]/g;

/**
 * How wrong a reading looks: symbols glued to letters weigh most; Polish-only and Czech-only
 * letters mixed in one text (windows-1250 "Přílią" for ISO-8859-2 "Příliš") count as well.
 */
function implausibility(text: string): number {
  const symbols = text.match(SUSPICIOUS)?.length ?? 0;
  const polish = text.match(POLISH_ONLY)?.length ?? 0;
  const czech = text.match(CZECH_ONLY)?.length ?? 0;
  return symbols * 4 + Math.min(polish, czech);
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
