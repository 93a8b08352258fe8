import { createReadStream } from 'node:fs';
import { withoutBom } from './bom.js';
import { decodeText } from './decode.js';

/**
 * Streams a text file line by line with 1-based line numbers, decoding each line on its own
 * (UTF-8 when valid, else the Central European 8-bit charset the file most likely uses).
 * CRLF and LF both end a line.
 */
export async function* readLines(
  path: string,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<{ line: number; text: string }> {
  let pending = Buffer.alloc(0);
  let lineNo = 0;
  let bytesRead = 0;
  let charset: string | null = null;
  const decode = (bytes: Buffer): string => {
    if (charset === null && !isAscii(bytes)) {
      // The first non-ASCII line decides for the whole file: mixed charsets do not occur in one export.
      charset = decodeText(bytes) === bytes.toString('utf8') ? 'utf8' : 'legacy';
    }
    return charset === 'utf8' || charset === null ? bytes.toString('utf8') : decodeText(bytes);
  };
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const chunk = bytesRead === 0 ? withoutBom(raw) : raw;
    bytesRead += raw.length;
    let buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, start)) {
      const end = i > start && buffer[i - 1] === 13 ? i - 1 : i;
      lineNo++;
      yield { line: lineNo, text: stripBom(lineNo, decode(buffer.subarray(start, end))) };
      start = i + 1;
    }
    pending = Buffer.from(buffer.subarray(start));
    buffer = pending;
    onProgress?.(bytesRead);
  }
  if (pending.length) {
    lineNo++;
    const end = pending[pending.length - 1] === 13 ? pending.length - 1 : pending.length;
    yield { line: lineNo, text: stripBom(lineNo, decode(pending.subarray(0, end))) };
  }
}

function isAscii(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

function stripBom(lineNo: number, text: string): string {
  return lineNo === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
