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
  // The feeding error is kept, never left as a floating rejection: a cut .tar fails both the
  // pipeline and the entry loop, and an unobserved rejection used to end the whole run.
  let feedError: unknown = null;
  const feeding = pipeline(createReadStream(path), extract).catch((error: unknown) => {
    feedError = error;
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
    await feeding;
  } catch (error) {
    throw damaged(path, error);
  } finally {
    extract.destroy();
  }
  if (feedError !== null) throw damaged(path, feedError);
  if (!found) throw new ParseError(path, null, missing);
}

function damaged(path: string, error: unknown): ParseError {
  return new ParseError(path, null, `this .tar archive is damaged or cut off (${describe(error)}); download or export it again`, {
    cause: error,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
