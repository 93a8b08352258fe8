import type { FileSample } from '../adapter.js';
import { looksLikeChatHeader } from '../chat-table/index.js';
import { decodeText } from '../encoding/index.js';
import { guessDelimiter, splitHeaderLine } from '../csv/index.js';

/** A CSV whose header names a message text column and who wrote it or which chat it belongs to. */
export function detect(sample: FileSample): boolean {
  const end = sample.head.indexOf(10);
  const firstLine = decodeText(end === -1 ? sample.head : sample.head.subarray(0, end)).replace(/\r$/, '');
  const delimiter = guessDelimiter(firstLine);
  if (!firstLine.includes(delimiter)) return false;
  return looksLikeChatHeader(splitHeaderLine(firstLine, delimiter));
}
