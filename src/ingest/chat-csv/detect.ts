import type { FileSample } from '../adapter.js';
import { looksLikeChatHeader } from '../chat-table/index.js';
import { sampleHeader } from '../csv/index.js';

/** A CSV whose header names a message text column and who wrote it or which chat it belongs to. */
export function detect(sample: FileSample): boolean {
  const header = sampleHeader(sample.head);
  return header !== null && looksLikeChatHeader(header);
}
