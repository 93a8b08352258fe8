import { megabytes, READ_LIMITS } from '../limits.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Where JSON bytes first nest deeper than READ_LIMITS.maxJsonDepth or hold a string longer than
 * READ_LIMITS.maxRecordBytes, and why; null when neither. Checked before parsing: JSON.parse
 * accepts any depth while every walk over the parsed value (repairs, toString, structured clone
 * to the extraction thread) recurses and overflows the stack, and a 50 MB string is copied by
 * every step that touches it.
 */
export function firstOutOfBounds(bytes: Buffer): { line: number; reason: string } | null {
  let depth = 0;
  let line = 1;
  let stringStart = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (stringStart !== -1) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) stringStart = -1;
      else if (i - stringStart > READ_LIMITS.maxRecordBytes) {
        return { line, reason: `a text in this export is longer than ${megabytes(READ_LIMITS.maxRecordBytes)}; the file is damaged or is not a chat export` };
      }
      continue;
    }
    if (b === 0x0a) line++;
    else if (b === QUOTE) stringStart = i;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > READ_LIMITS.maxJsonDepth) return { line, reason: tooDeep() };
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return null;
}

/** The rejection reason for over-deep JSON. */
export function tooDeep(): string {
  return `the data nests more than ${READ_LIMITS.maxJsonDepth} levels deep, which no chat export does: the file is damaged or is not a chat export`;
}
