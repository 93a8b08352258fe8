import { withoutBom } from '../encoding/index.js';
import { ParseError } from '../../errors.js';
import { megabytes, READ_LIMITS } from '../limits.js';
import { tooDeep } from './json-bounds.js';
import { parseJsonText } from './read-json.js';

/** A top-level member of the root object, or one element of the streamed list. */
export type JsonPart =
  | { kind: 'member'; key: string; value: unknown }
  | { kind: 'item'; value: unknown; index: number; line: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/**
 * Streams a large JSON export without holding it all in memory: yields the root object's
 * members one by one, except the list under `itemsKey`, whose elements are yielded one by one
 * (a root that is itself a list yields its elements). Only one element is in memory at a time,
 * so a 100 MB Skype export costs about as much memory as its biggest conversation.
 *
 * The scanner only follows quotes and brackets; each element and member is then checked by
 * JSON.parse, so errors inside them are reported with their exact line.
 */
export async function* streamJson(
  source: AsyncIterable<Buffer>,
  file: string,
  itemsKey: string,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<JsonPart> {
  let line = 1;
  let depth = 0;
  let itemsDepth = -1; // depth at which list elements sit, once inside the list
  let rootIsObject = false;
  let rootDone = false;
  let inString = false;
  let skipNext = false; // a backslash ended the previous chunk
  let memberState: 'key' | 'colon' | 'value' = 'key';
  let key = '';
  let itemIndex = 0;
  let capture: Buffer[] | null = null;
  let captureStart = 0;
  let captureLine = 0;
  let captureIsKey = false;
  let bytesRead = 0;
  let first = true;

  const fail = (reason: string): never => {
    throw new ParseError(file, line, reason);
  };
  const finishCapture = (chunk: Buffer, end: number): string => {
    capture!.push(chunk.subarray(captureStart, end));
    const text = Buffer.concat(capture!).toString('utf8');
    capture = null;
    return text;
  };

  for await (let chunk of source) {
    bytesRead += chunk.length;
    if (first) {
      first = false;
      chunk = withoutBom(chunk);
    }
    const parts: JsonPart[] = [];
    const n = chunk.length;
    let i: number = skipNext ? 1 : 0;
    skipNext = false;
    if (capture) captureStart = 0;
    while (i < n) {
      if (inString) {
        // Tight loop: most of an export is string content.
        while (i < n) {
          const b = chunk[i]!;
          if (b === BACKSLASH) i += 2;
          else if (b === QUOTE) break;
          else i++;
        }
        if (i >= n) {
          skipNext = i > n;
          break;
        }
        inString = false;
        i++;
        if (captureIsKey) {
          key = String(parseJsonText(finishCapture(chunk, i), file, captureLine));
          captureIsKey = false;
          memberState = 'colon';
        }
        continue;
      }
      const b = chunk[i]!;
      if (b === NEWLINE) line++;
      if (b === 0x20 || b === 0x09 || b === 0x0d || b === NEWLINE) {
        i++;
        continue;
      }
      if (rootDone) fail('there is more data after the end of the JSON; the file may be two files joined together');
      if (depth === 0) {
        if (b === 0x7b) rootIsObject = true;
        else if (b === 0x5b) itemsDepth = 1;
        else fail('this is not a JSON export (it should start with "{" or "[")');
        depth = 1;
        i++;
        continue;
      }
      const atItems = depth === itemsDepth;
      const atMembers = rootIsObject && depth === 1;
      if (atMembers && memberState === 'key') {
        if (b === 0x7d) {
          depth = 0;
          rootDone = true;
        } else if (b === QUOTE) {
          capture = [];
          captureStart = i;
          captureLine = line;
          captureIsKey = true;
          inString = true;
        } else if (b !== 0x2c) fail('expected a quoted name in the JSON object');
        i++;
        continue;
      }
      if (atMembers && memberState === 'colon') {
        if (b !== 0x3a) fail(`expected ":" after "${key}"`);
        memberState = 'value';
        i++;
        continue;
      }
      if (atMembers && !capture) {
        // First character of a member's value.
        if (key === itemsKey && b === 0x5b) {
          itemsDepth = 2;
          depth = 2;
          i++;
          continue;
        }
        capture = [];
        captureStart = i;
        captureLine = line;
      } else if (atItems && !capture) {
        if (b === 0x2c) {
          i++;
          continue;
        }
        if (b !== 0x5d) {
          capture = [];
          captureStart = i;
          captureLine = line;
        }
      }
      if (b === QUOTE) inString = true;
      else if (b === 0x7b || b === 0x5b) {
        if (++depth > READ_LIMITS.maxJsonDepth) fail(tooDeep());
      }
      else if (b === 0x7d || b === 0x5d) {
        if (atItems) {
          if (b === 0x7d) fail('unexpected "}" in a list');
          // The list ends; a pending scalar element ends with it.
          if (capture) parts.push(item(finishCapture(chunk, i)));
          itemsDepth = -1;
          memberState = 'key';
          if (depth === 1) rootDone = true;
        } else if (atMembers) {
          if (capture) parts.push(member(finishCapture(chunk, i)));
          rootDone = true;
        }
        depth--;
        if (depth === itemsDepth && capture) parts.push(item(finishCapture(chunk, i + 1)));
      } else if (b === 0x2c) {
        if (atItems && capture) parts.push(item(finishCapture(chunk, i)));
        else if (atMembers && capture) {
          parts.push(member(finishCapture(chunk, i)));
          memberState = 'key';
        }
      }
      i++;
    }
    if (capture) {
      capture.push(chunk.subarray(captureStart));
      // Only one element is held at a time, and no conversation is this large.
      if (capture.reduce((sum, part) => sum + part.length, 0) > READ_LIMITS.maxRecordBytes) {
        line = captureLine;
        fail(`one element of this export is larger than ${megabytes(READ_LIMITS.maxRecordBytes)}; the file is damaged or is not a chat export`);
      }
    }
    for (const part of parts) yield part;
    onProgress?.(bytesRead);
  }
  if (first) fail('the file is empty');
  if (!rootDone) fail('the file ends in the middle of the data; it was probably cut off - export it again');

  function item(text: string): JsonPart {
    return { kind: 'item', value: parseJsonText(text, file, captureLine), index: itemIndex++, line: captureLine };
  }
  function member(text: string): JsonPart {
    memberState = 'key';
    return { kind: 'member', key, value: parseJsonText(text, file, captureLine) };
  }
}
