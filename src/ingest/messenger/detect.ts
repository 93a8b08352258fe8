import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

/** A Facebook "Download your information" thread: participants plus messages with sender_name. */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head).trimStart();
  return (
    text.startsWith('{') &&
    /"participants"\s*:\s*\[/.test(text) &&
    /"sender_name"\s*:/.test(text) &&
    /"timestamp_ms"\s*:/.test(text)
  );
}
