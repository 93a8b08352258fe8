import { createReadStream } from 'node:fs';
import { ParseError } from '../../errors.js';
import { hasUtf8Bom } from '../encoding/index.js';
import { megabytes, READ_LIMITS } from '../limits.js';

/** One message cut out of an mbox, `>From ` escaping already undone. */
export interface MboxMessage {
  /** 1-based line of the message's "From " separator line. */
  line: number;
  bytes: Buffer;
  /** The mailbox's last message, the one a cut file would end in. */
  last: boolean;
}

// "From sender Thu Sep  7 22:09:57 2023" (classic), "From - Thu Sep 07 ..." (Thunderbird),
// "From 1776...@xxx Wed Sep 06 13:29:44 +0000 2023" (Gmail Takeout), a bare "From -" (Netscape and
// early Thunderbird wrote no date). Requiring the asctime date or the bare dash keeps an unescaped
// "From Monday to Friday..." body line from splitting a message.
export const SEPARATOR =
  /^From (?:\S*\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2}|-[ \t]*\r?$)/m;
const LINE_FROM = Buffer.from('\nFrom ', 'latin1');
const FROM = Buffer.from('From ', 'latin1');
// Longest separator line we look at; a longer "From " line is body text.
const MAX_SEPARATOR = 512;

/**
 * Streams an mbox (mboxo, mboxrd, Thunderbird, Gmail Takeout) message by message. Only the current
 * message is held in memory, and separators are found with Buffer.indexOf rather than line by
 * line, which is what lets gigabyte mailboxes go through at disk speed. The first line always
 * opens a message, whatever its date looks like.
 */
export async function* splitMbox(path: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<MboxMessage> {
  let parts: Buffer[] = [];
  let messageLine = 0;
  let nextLine = 1;
  let bytesRead = 0;
  let carry: Buffer | null = null;
  let atLineStart = true;
  let held = 0;
  const hold = (part: Buffer): void => {
    held += part.length;
    if (held > READ_LIMITS.maxMailBytes) {
      throw new ParseError(
        path,
        messageLine,
        `this mail is larger than ${megabytes(READ_LIMITS.maxMailBytes)}, more than any mail server sends: the mailbox is damaged. Export it again.`,
      );
    }
    parts.push(part);
  };
  const finish = (last = false): MboxMessage => {
    const bytes = Buffer.concat(parts);
    parts = [];
    held = 0;
    nextLine = messageLine + 1 + countLines(bytes);
    return { line: messageLine, bytes: unescapeFrom(bytes), last };
  };

  for await (const read of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    // A byte-order mark before the first separator (mailboxes saved by Windows editors) is not mail.
    const chunk = bytesRead === 0 && hasUtf8Bom(read) ? read.subarray(3) : read;
    if (bytesRead === 0 && chunk.length > 0 && !startsWith(chunk, 0, FROM)) {
      throw new ParseError(path, 1, 'this is not an mbox mailbox: it does not start with a "From " separator line.');
    }
    bytesRead += read.length;
    const buffer: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    const bufferAtLineStart: boolean = carry !== null || atLineStart;
    carry = null;
    // A trailing partial line that may still become a separator waits for the next chunk.
    let scanEnd = buffer.length;
    const tailStart = buffer.lastIndexOf(10) + 1;
    if ((tailStart > 0 || bufferAtLineStart) && buffer.length - tailStart < MAX_SEPARATOR && startsWith(buffer, tailStart, FROM, true)) {
      carry = buffer.subarray(tailStart);
      scanEnd = tailStart;
    }
    let segmentStart = 0;
    let candidate = bufferAtLineStart && startsWith(buffer, 0, FROM) ? 0 : findLineFrom(buffer, 0, scanEnd);
    while (candidate !== -1) {
      const newline = buffer.indexOf(10, candidate);
      const lineEnd = newline === -1 || newline >= scanEnd ? scanEnd : newline + 1;
      const isSeparator =
        messageLine === 0 || SEPARATOR.test(buffer.toString('latin1', candidate, Math.min(lineEnd, candidate + MAX_SEPARATOR)));
      if (isSeparator) {
        if (messageLine > 0) {
          if (candidate > segmentStart) hold(buffer.subarray(segmentStart, candidate));
          yield finish();
        }
        messageLine = nextLine;
        segmentStart = lineEnd;
      }
      candidate = findLineFrom(buffer, candidate + 1, scanEnd);
    }
    if (scanEnd > segmentStart) hold(buffer.subarray(segmentStart, scanEnd));
    atLineStart = scanEnd === 0 ? bufferAtLineStart : buffer[scanEnd - 1] === 10;
    onProgress?.(bytesRead);
  }
  if (carry) hold(carry);
  if (messageLine > 0) yield finish(true);
}

/** Start of the next line at or after `from` that begins with "From ", or -1. */
function findLineFrom(buffer: Buffer, from: number, end: number): number {
  const at = buffer.indexOf(LINE_FROM, Math.max(0, from - 1));
  return at === -1 || at + 1 >= end ? -1 : at + 1;
}

/** True when `prefix` is at `offset`; with `partial`, a buffer ending inside the prefix also counts. */
function startsWith(buffer: Buffer, offset: number, prefix: Buffer, partial = false): boolean {
  if (!partial && buffer.length - offset < prefix.length) return false;
  for (let i = 0; i < prefix.length && offset + i < buffer.length; i++) {
    if (buffer[offset + i] !== prefix[i]) return false;
  }
  return true;
}

function countLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** mboxrd and mboxo writers add one ">" to body lines that start with ">*From "; take it off again. */
function unescapeFrom(bytes: Buffer): Buffer {
  const drop: number[] = [];
  const check = (lineStart: number): void => {
    let i = lineStart;
    while (bytes[i] === 62) i++;
    if (i > lineStart && startsWith(bytes, i, FROM)) drop.push(lineStart);
  };
  if (bytes[0] === 62) check(0);
  for (let at = bytes.indexOf('\n>'); at !== -1; at = bytes.indexOf('\n>', at + 1)) check(at + 1);
  if (drop.length === 0) return bytes;
  const pieces: Buffer[] = [];
  let start = 0;
  for (const position of drop) {
    pieces.push(bytes.subarray(start, position));
    start = position + 1;
  }
  pieces.push(bytes.subarray(start));
  return Buffer.concat(pieces);
}
