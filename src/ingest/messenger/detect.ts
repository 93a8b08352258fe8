import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

/**
 * A Messenger thread: participants plus messages with a sender and a time, in the schema of
 * "Download your information" (sender_name, timestamp_ms) or of the end-to-end encrypted chats
 * exported since 2024 (senderName, timestamp).
 */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head).trimStart();
  return (
    text.startsWith('{') &&
    /"participants"\s*:\s*\[/.test(text) &&
    ((/"sender_name"\s*:/.test(text) && /"timestamp_ms"\s*:/.test(text)) ||
      (/"senderName"\s*:/.test(text) && /"timestamp"\s*:/.test(text)))
  );
}
