import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileSample } from './adapter.js';

const SAMPLE_BYTES = 64 * 1024;

/** The first bytes of a file, for format detection. */
export async function sampleFile(path: string): Promise<FileSample> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    return { path, head, size };
  } finally {
    await handle.close();
  }
}

/** SHA-256 of the whole file, streamed: the identity that makes re-importing a file a no-op. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
