import { readFile } from 'node:fs/promises';
import { ParseError } from '../../errors.js';
import { decodeText } from '../encoding/index.js';
import { firstOutOfBounds } from './json-bounds.js';

/**
 * Reads a whole JSON file (exports that are one conversation or one thread per file are small).
 * A syntax error becomes a ParseError pointing at its line.
 */
export async function readJsonFile(path: string, onProgress?: (bytesRead: number) => void): Promise<unknown> {
  const bytes = await readFile(path);
  onProgress?.(bytes.length);
  const outOfBounds = firstOutOfBounds(bytes);
  if (outOfBounds !== null) throw new ParseError(path, outOfBounds.line, outOfBounds.reason);
  return parseJsonText(decodeText(bytes), path);
}

/**
 * JSON.parse with an error a person can act on. `firstLine` is the file line the text starts
 * on, for text cut out of a larger file.
 */
export function parseJsonText(text: string, file: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // V8 does not always say where the error is, so find it ourselves (only on this slow path).
    const { offset, reason } = locateJsonError(text);
    throw new ParseError(
      file,
      firstLine + countNewlines(text, offset),
      `this is not valid JSON (${reason}); the file may be cut off or edited by hand - export it again`,
    );
  }
}

function countNewlines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Walks the text as JSON and reports the first place it is not. Assumes the text is invalid. */
export function locateJsonError(text: string): { offset: number; reason: string } {
  let i = 0;
  const fail = (reason: string): never => {
    throw new LocatedError(i, reason);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const describe = (): string => (i >= text.length ? 'the end of the file' : `"${text[i]}"`);
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe()}`);
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a line break or control character inside a quoted string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a broken \\u escape');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('a broken backslash escape');
      }
      i++;
    }
    if (i >= text.length) fail('a quoted string that never ends');
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`unexpected ${describe()}`);
    i += m![0].length;
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail(`unexpected ${describe()} where a value should be`);
  };
  /** The entries of an object or list, from its opening bracket through `close`. */
  const entries = (close: '}' | ']', entry: () => void, where: string): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      entry();
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail(`expected "," or "${close}" in ${where}, found ${describe()}`);
    }
  };
  const member = (): void => {
    skipSpace();
    if (text[i] !== '"') fail(`expected a quoted name, found ${describe()}`);
    string();
    skipSpace();
    if (text[i] !== ':') fail(`expected ":" after a name, found ${describe()}`);
    i++;
    value();
  };
  const object = (): void => entries('}', member, 'an object');
  const array = (): void => entries(']', value, 'a list');
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the data`);
    return { offset: i, reason: 'unreadable data' };
  } catch (error) {
    if (error instanceof LocatedError) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

class LocatedError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Plain-object check for values coming out of JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
