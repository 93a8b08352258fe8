import { decodeMailText } from './charset.js';
import { decodeText } from '../encoding/index.js';
import { validDate } from '../time/index.js';

/** Unfolded header fields of one message or MIME part; names lower-case, values still encoded. */
export type Headers = Map<string, string[]>;

const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

/**
 * Parses a header block. A line that is neither a field nor indented is taken as the previous
 * field folded by a writer that forgot the leading blank, as mail readers do, unless the block
 * is `cutOff` (no empty line ends it) and it is its last line: that is an export cut short.
 * Returns the 1-based line (within the block) of a line that cannot be a header, so that callers
 * can reject damaged mail.
 */
export function parseHeaders(block: Buffer, cutOff = false): { headers: Headers; badLine: number | null } {
  const headers: Headers = new Map();
  const lines = decodeText(block).replace(/[\r\n]+$/, '').split(/\r?\n/);
  let name: string | null = null;
  let value = '';
  const flush = (): void => {
    if (name === null) return;
    const list = headers.get(name);
    if (list) list.push(value.trim());
    else headers.set(name, [value.trim()]);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const match = FIELD.exec(line);
    const folded = line[0] === ' ' || line[0] === '\t' || (!match && !(cutOff && i === lines.length - 1));
    if (folded && name !== null) {
      value += ' ' + line.trim();
      continue;
    }
    if (!match) return { headers, badLine: i + 1 };
    flush();
    name = match[1]!.toLowerCase();
    value = line.slice(match[0].length);
  }
  flush();
  return { headers, badLine: null };
}

export function header(headers: Headers, name: string): string | null {
  return headers.get(name)?.[0] ?? null;
}

/** Decodes RFC 2047 encoded words; adjacent words are joined first so split characters survive. */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  const pieces: { charset: string; bytes: Buffer }[] = [];
  let out = '';
  let last = 0;
  const flushPieces = (): void => {
    if (pieces.length === 0) return;
    out += decodeMailText(Buffer.concat(pieces.map((p) => p.bytes)), pieces[0]!.charset);
    pieces.length = 0;
  };
  const word = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=/g;
  let previousWasWord = false;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const charset = m[1]!.toLowerCase();
    const between = value.slice(last, m.index);
    // Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
    const glued = previousWasWord && /^\s*$/.test(between);
    if (!glued || pieces[0]?.charset !== charset) flushPieces();
    if (!glued) out += between;
    const data = m[3]!;
    const bytes =
      m[2]!.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    pieces.push({ charset, bytes });
    last = m.index + m[0].length;
    previousWasWord = true;
  }
  flushPieces();
  return out + value.slice(last);
}

/** `text/plain; charset="x"` -> { type: 'text/plain', params: { charset: 'x' } }, RFC 2231 values included. */
export function parseStructured(value: string | null): { type: string; params: Record<string, string> } {
  if (!value) return { type: '', params: {} };
  const semicolon = value.indexOf(';');
  const type = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  const params: Record<string, string> = {};
  const param = /;\s*([^=\s;]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]*)/g;
  for (let m = param.exec(value); m; m = param.exec(value)) {
    let key = m[1]!.toLowerCase();
    let val = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : m[2]!.trim();
    if (key.endsWith('*')) {
      key = key.slice(0, -1);
      const extended = /^([^']*)'[^']*'(.*)$/.exec(val);
      if (extended) val = decodeMailText(Buffer.from(decodeURIComponentBytes(extended[2]!), 'latin1'), extended[1]);
    }
    key = key.replace(/\*\d+\*?$/, '');
    params[key] = key in params && /\*\d+/.test(m[1]!) ? params[key] + val : val;
  }
  return { type, params };
}

function decodeURIComponentBytes(value: string): string {
  return value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The ids in Message-ID / In-Reply-To / References, without `<>`. */
export function parseMessageIds(value: string | null): string[] {
  if (!value) return [];
  const bracketed = value.match(/<[^<>]+>/g);
  if (bracketed) return bracketed.map((id) => id.slice(1, -1).trim()).filter(Boolean);
  return value.split(/[\s,]+/).filter((id) => id.includes('@'));
}

export interface MailAddress {
  address: string;
  name: string;
}

/** The first mailbox of a From-like header: `"Name" <a@b>`, `a@b (Name)` or a bare address. */
export function parseAddress(value: string | null): MailAddress | null {
  if (!value) return null;
  const decoded = decodeWords(value);
  const angle = /<([^<>]*)>/.exec(decoded);
  if (angle) {
    const name = decoded.slice(0, angle.index).trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1');
    return { address: angle[1]!.trim().toLowerCase(), name: name.trim() };
  }
  const bare = /([^\s<>(),;"]+@[^\s<>(),;"]+)/.exec(decoded);
  if (!bare) return { address: '', name: decoded.trim() };
  const comment = /\(([^)]*)\)/.exec(decoded);
  return { address: bare[1]!.toLowerCase(), name: comment?.[1]?.trim() ?? '' };
}

/** RFC 5322 date (with the usual deviations) as UTC; null when unreadable. */
export function parseMailDate(value: string | null): Date | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*[A-Za-z]{3},?\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{2,4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([+-]\d{4}|[A-Z]{1,5}))?/.exec(cleaned);
  if (!m) {
    return validDate(cleaned);
  }
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month === -1) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const utc = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return new Date(utc - zoneOffsetMinutes(m[7]) * 60_000);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ZONES: Record<string, number> = { UT: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, CET: 60, CEST: 120 };

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone] ?? 0;
}
