import type { FileSample } from '../adapter.js';

/**
 * A list_archives response: `chats` whose `thread` (or older `threads`) carry `events`. The
 * thread is not required here, so that a damaged archive gets the reader's explanation.
 */
export function detect(sample: FileSample): boolean {
  const text = sample.head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return (
    text.startsWith('{') &&
    /"chats"\s*:\s*\[/.test(text) &&
    /"events"\s*:\s*\[/.test(text)
  );
}
