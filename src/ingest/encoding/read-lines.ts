import { createReadStream } from 'node:fs';
import { ParseError } from '../../errors.js';
import { megabytes, READ_LIMITS } from '../limits.js';
import { withoutBom } from './bom.js';
import { decodeText } from './decode.js';
import { utf16Of, type Utf16 } from './utf16.js';

export interface TextLine {
  line: number;
  text: string;
}

/**
 * Streams a text file line by line with 1-based line numbers, decoding each line on its own
 * (UTF-8 when valid, else the Central European 8-bit charset the file most likely uses; UTF-16
 * when its mark or NUL pattern says so). CRLF and LF both end a line. A line longer than
 * READ_LIMITS.maxRecordBytes rejects the file before it is held whole. With `programWritten`
 * (logs a program appends to line by line), a last line without its line break is the cut end
 * of an interrupted copy or download, and rejects the file.
 */
export async function* readLines(
  path: string,
  onProgress?: (bytesRead: number) => void,
  options: { programWritten?: boolean } = {},
): AsyncGenerator<TextLine> {
  const chunks = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  let bytesRead = 0;
  const counted = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      bytesRead += chunk.length;
      yield chunk;
      onProgress?.(bytesRead);
    }
  };
  const source = counted();
  const first = await source.next();
  if (first.done) return;
  const utf16 = utf16Of(first.value);
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield first.value;
    yield* source;
  };
  for await (const line of utf16 ? utf16Lines(path, rest(), utf16) : byteLines(path, rest())) {
    if (options.programWritten && !line.ended) {
      throw new ParseError(path, line.line, 'the file ends in the middle of this line: it was cut off. Copy or export it again.');
    }
    yield { line: line.line, text: line.text };
  }
}

/** A line, and whether a line break ended it (only the file's last line may lack one). */
interface RawLine extends TextLine {
  ended: boolean;
}

async function* byteLines(path: string, chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine> {
  let pending = Buffer.alloc(0);
  let lineNo = 0;
  let started = false;
  let charset: string | null = null;
  const decode = (bytes: Buffer): string => {
    if (charset === null && !isAscii(bytes)) {
      // The first non-ASCII line decides for the whole file: mixed charsets do not occur in one export.
      charset = decodeText(bytes) === bytes.toString('utf8') ? 'utf8' : 'legacy';
    }
    return charset === 'utf8' || charset === null ? bytes.toString('utf8') : decodeText(bytes);
  };
  for await (const raw of chunks) {
    const chunk = started ? raw : withoutBom(raw);
    started = true;
    const buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, start)) {
      const end = i > start && buffer[i - 1] === 13 ? i - 1 : i;
      lineNo++;
      checkLength(path, lineNo, end - start);
      yield { line: lineNo, text: stripBom(lineNo, decode(buffer.subarray(start, end))), ended: true };
      start = i + 1;
    }
    pending = Buffer.from(buffer.subarray(start));
    checkLength(path, lineNo + 1, pending.length);
  }
  if (pending.length) {
    lineNo++;
    const end = pending[pending.length - 1] === 13 ? pending.length - 1 : pending.length;
    yield { line: lineNo, text: stripBom(lineNo, decode(pending.subarray(0, end))), ended: end < pending.length };
  }
}

async function* utf16Lines(path: string, chunks: AsyncIterable<Buffer>, encoding: Utf16): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder(encoding);
  let pending = '';
  let lineNo = 0;
  const lines = function* (text: string, final: boolean): Generator<RawLine> {
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lineNo++;
      yield { line: lineNo, text: text.slice(start, i > start && text[i - 1] === '\r' ? i - 1 : i), ended: true };
      start = i + 1;
    }
    pending = text.slice(start);
    if (final && pending) {
      lineNo++;
      yield { line: lineNo, text: pending.replace(/\r$/, ''), ended: pending.endsWith('\r') };
    }
  };
  for await (const chunk of chunks) {
    yield* lines(pending + decoder.decode(chunk, { stream: true }), false);
    checkLength(path, lineNo + 1, pending.length * 2);
  }
  yield* lines(pending + decoder.decode(), true);
}

function checkLength(path: string, lineNo: number, bytes: number): void {
  if (bytes <= READ_LIMITS.maxRecordBytes) return;
  throw new ParseError(
    path,
    lineNo,
    `this line is longer than ${megabytes(READ_LIMITS.maxRecordBytes)}, which no conversation log has: the file is damaged or is not a log. ` +
      'Check the file (or import the others without it).',
  );
}

function isAscii(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

function stripBom(lineNo: number, text: string): string {
  return lineNo === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
