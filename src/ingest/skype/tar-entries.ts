import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { ParseError } from '../../errors.js';

/** True when the bytes start with a POSIX (ustar) tar header. */
export function isTar(head: Buffer): boolean {
  return head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar';
}

/**
 * Streams the content of the first member of a .tar whose name satisfies `wanted`, so that an
 * export can be imported without unpacking it first. Other members are skipped unread.
 */
export async function* tarMemberChunks(
  path: string,
  wanted: (name: string) => boolean,
  missing: string,
): AsyncGenerator<Buffer> {
  const extract = tar.extract();
  const feeding = pipeline(createReadStream(path), extract).catch((error: unknown) => {
    throw new ParseError(path, null, `this .tar archive is damaged (${describe(error)}); export it again`, {
      cause: error,
    });
  });
  let found = false;
  try {
    for await (const entry of extract) {
      if (found || entry.header.type !== 'file' || !wanted(entry.header.name)) {
        entry.resume();
        continue;
      }
      found = true;
      for await (const chunk of entry) yield chunk as Buffer;
    }
  } catch (error) {
    throw new ParseError(path, null, `this .tar archive is damaged (${describe(error)}); export it again`, {
      cause: error,
    });
  }
  await feeding;
  if (!found) throw new ParseError(path, null, missing);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
