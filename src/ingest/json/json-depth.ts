import { READ_LIMITS } from '../limits.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Where JSON bytes first nest deeper than READ_LIMITS.maxJsonDepth, or null. Checked before
 * parsing because JSON.parse accepts any depth while every walk over the parsed value (repairs,
 * toString, structured clone to the extraction thread) recurses and overflows the stack.
 */
export function firstTooDeep(bytes: Buffer): { line: number } | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (b === 0x0a) line++;
    else if (b === QUOTE) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > READ_LIMITS.maxJsonDepth) return { line };
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return null;
}

/** The rejection reason for over-deep JSON. */
export function tooDeep(): string {
  return `the data nests more than ${READ_LIMITS.maxJsonDepth} levels deep, which no chat export does: the file is damaged or is not a chat export`;
}
