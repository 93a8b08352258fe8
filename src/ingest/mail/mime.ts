import { decodeMailText, isKnownCharset } from './charset.js';
import { header, parseHeaders, parseStructured, type Headers } from './headers.js';
import { htmlToText } from '../html/index.js';

/** Thrown when a part uses an encoding or charset only the full MIME parser handles. */
export class NeedsFullParser extends Error {}

/**
 * The readable text of a message body: the text/plain alternative when there is one, else the
 * HTML one converted; inline text parts of multipart/mixed are joined; attachments are skipped.
 * Splitting on boundaries ourselves is many times faster than a general MIME parser, which
 * matters for mailboxes of gigabytes; anything unusual is handed to mailparser instead.
 */
export function extractBodyText(headers: Headers, body: Buffer): string {
  return partText(headers, body, 0).trim();
}

/** Splits a message or MIME part at its first empty line. */
export function splitHeaderBody(bytes: Buffer): { head: Buffer; body: Buffer } {
  if (bytes[0] === 10) return { head: bytes.subarray(0, 0), body: bytes.subarray(1) };
  if (bytes[0] === 13 && bytes[1] === 10) return { head: bytes.subarray(0, 0), body: bytes.subarray(2) };
  const lf = bytes.indexOf('\n\n');
  const crlf = bytes.indexOf('\r\n\r\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { head: bytes.subarray(0, crlf), body: bytes.subarray(crlf + 4) };
  if (lf !== -1) return { head: bytes.subarray(0, lf), body: bytes.subarray(lf + 2) };
  return { head: bytes, body: bytes.subarray(bytes.length) };
}

const MAX_DEPTH = 20;

function partText(headers: Headers, body: Buffer, depth: number): string {
  const contentType = parseStructured(header(headers, 'content-type'));
  const type = contentType.type || 'text/plain';
  if (type.startsWith('multipart/') && contentType.params['boundary'] && depth < MAX_DEPTH) {
    const parts = splitMultipart(body, contentType.params['boundary']).map((bytes) => {
      const { head, body: partBody } = splitHeaderBody(bytes);
      return { headers: parseHeaders(head).headers, body: partBody };
    });
    if (type === 'multipart/alternative') {
      const plain = parts.find((p) => isType(p.headers, 'text/plain'));
      const plainText = plain ? textOf(plain.headers, plain.body) : '';
      if (plainText) return plainText;
      for (const p of parts) {
        if (p === plain || isAttachment(p.headers)) continue;
        const text = partText(p.headers, p.body, depth + 1);
        if (text) return text;
      }
      return '';
    }
    return parts
      .filter((p) => !isAttachment(p.headers))
      .map((p) => partText(p.headers, p.body, depth + 1))
      .filter((text) => text !== '')
      .join('\n\n');
  }
  if (READABLE_TYPES.has(type)) return textOf(headers, body);
  return '';
}

const READABLE_TYPES = new Set(['text/plain', 'text/html', 'text/enriched', 'text/richtext']);

function isType(headers: Headers, type: string): boolean {
  return (parseStructured(header(headers, 'content-type')).type || 'text/plain') === type;
}

function isAttachment(headers: Headers): boolean {
  const disposition = parseStructured(header(headers, 'content-disposition'));
  return disposition.type === 'attachment';
}

function textOf(headers: Headers, body: Buffer): string {
  const contentType = parseStructured(header(headers, 'content-type'));
  const charset = contentType.params['charset'];
  if (!isKnownCharset(charset)) throw new NeedsFullParser(`charset ${charset}`);
  const text = decodeMailText(decodeTransfer(header(headers, 'content-transfer-encoding'), body), charset).replace(/\r\n?/g, '\n');
  if (contentType.type === 'text/html') return htmlToText(text);
  if (contentType.type === 'text/enriched' || contentType.type === 'text/richtext') return enrichedToText(text, contentType.type);
  return contentType.params['format']?.toLowerCase() === 'flowed' ? unflow(text, contentType.params['delsp']?.toLowerCase() === 'yes') : text.trim();
}

function decodeTransfer(encoding: string | null, body: Buffer): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'base64') return Buffer.from(body.toString('latin1'), 'base64');
  if (name === 'quoted-printable') return decodeQuotedPrintable(body);
  if (name === '' || name === '7bit' || name === '8bit' || name === 'binary') return body;
  throw new NeedsFullParser(`transfer encoding ${name}`);
}

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 65 && byte <= 70) return byte - 55;
  if (byte >= 97 && byte <= 102) return byte - 87;
  return -1;
}

export function decodeQuotedPrintable(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(body.length);
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b !== 61) {
      out[o++] = b;
      continue;
    }
    // "=" at the end of a line (maybe after trailing blanks) is a soft line break.
    let j = i + 1;
    while (body[j] === 32 || body[j] === 9) j++;
    if (body[j] === 10 || (body[j] === 13 && body[j + 1] === 10) || j >= body.length) {
      i = body[j] === 13 ? j + 1 : j;
      continue;
    }
    const high = hexValue(body[i + 1] ?? 0);
    const low = hexValue(body[i + 2] ?? 0);
    if (high >= 0 && low >= 0) {
      out[o++] = high * 16 + low;
      i += 2;
    } else {
      out[o++] = b;
    }
  }
  return out.subarray(0, o);
}

/** The parts between `--boundary` lines; a missing closing boundary just ends at the body end. */
function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const parts: Buffer[] = [];
  let partStart = -1;
  let search = 0;
  while (search <= body.length) {
    const at = body.indexOf(delimiter, search);
    if (at === -1) break;
    const atLineStart = at === 0 || body[at - 1] === 10;
    const lineEnd = body.indexOf(10, at);
    const next = lineEnd === -1 ? body.length : lineEnd + 1;
    if (!atLineStart) {
      search = at + delimiter.length;
      continue;
    }
    if (partStart !== -1) parts.push(trimLineEnd(body.subarray(partStart, at)));
    const closing = body[at + delimiter.length] === 45 && body[at + delimiter.length + 1] === 45;
    if (closing) return parts;
    partStart = next;
    search = next;
  }
  if (partStart !== -1 && partStart < body.length) parts.push(body.subarray(partStart));
  return parts;
}

// The line break before a boundary belongs to the boundary, not to the part.
function trimLineEnd(part: Buffer): Buffer {
  let end = part.length;
  if (part[end - 1] === 10) end--;
  if (part[end - 1] === 13) end--;
  return part.subarray(0, end);
}

/** Joins format=flowed soft line breaks (RFC 3676) so sentences are not cut mid-way. */
function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let current: string | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.startsWith(' ') ? raw.slice(1) : raw;
    const joined: string = current === null ? line : current + line;
    if (line.endsWith(' ') && line !== '-- ' && !line.startsWith('>')) {
      current = delSp ? joined.slice(0, -1) : joined;
    } else {
      out.push(joined);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out.join('\n').trim();
}

/**
 * The words of text/enriched (RFC 1896) and its predecessor text/richtext (RFC 1341), which old
 * Mac and NeXT mailers sent alone: formatting commands dropped, `<param>` contents with them. In
 * enriched text a lone line break is a space and `<<` a "<"; richtext breaks lines with `<nl>`.
 */
function enrichedToText(text: string, type: 'text/enriched' | 'text/richtext'): string {
  const lines =
    type === 'text/enriched'
      ? text.replace(/\n(\n*)/g, (_, more: string) => (more ? more : ' '))
      : text.replace(/\n/g, ' ').replace(/<nl>/gi, '\n').replace(/<np>/gi, '\n\n');
  return lines
    .replace(/<param>[\s\S]*?<\/param>/gi, '')
    .replace(/<(<|lt>)|<\/?[a-z][a-z0-9-]*>/gi, (_, lessThan?: string) => (lessThan ? '<' : ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
