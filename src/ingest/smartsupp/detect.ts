import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

/** A conversation object whose `messages` are typed by who wrote them: visitor, agent, system. */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head).trimStart();
  return (
    /^[{[]/.test(text) &&
    /"messages"\s*:\s*\[/.test(text) &&
    /"type"\s*:\s*"(visitor|agent)"/.test(text) &&
    !/"sender_name"\s*:/.test(text)
  );
}
