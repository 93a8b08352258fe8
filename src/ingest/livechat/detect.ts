import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

/**
 * A list_archives response: `chats` whose `thread` (or older `threads`) carry `events`. The
 * thread is not required here, so that a damaged archive gets the reader's explanation.
 */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head).trimStart();
  return (
    text.startsWith('{') &&
    /"chats"\s*:\s*\[/.test(text) &&
    /"events"\s*:\s*\[/.test(text)
  );
}
