import type { FileSample } from '../adapter.js';
import { isTar } from './tar-entries.js';
import { sampleText } from '../encoding/index.js';

/**
 * The official Skype export: a JSON object with the owner's `userId` and `conversations`
 * holding `MessageList`s, either as messages.json or inside the .tar Skype hands out.
 */
export function detect(sample: FileSample): boolean {
  // The member list is not at a fixed place, so look for the name in the headers we have.
  if (isTar(sample.head)) return sample.head.includes('messages.json');
  const text = sampleText(sample.head).trimStart();
  return (
    text.startsWith('{') &&
    /"userId"\s*:/.test(text) &&
    /"conversations"\s*:\s*\[/.test(text) &&
    /"MessageList"\s*:/.test(text)
  );
}
