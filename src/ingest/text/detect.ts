import type { FileSample } from '../adapter.js';

/**
 * Plain text is the fallback: anything that is text (no NUL bytes) and that no other format
 * claimed. Binary files are refused so that a stray image is reported, not imported.
 */
export function detect(sample: FileSample): boolean {
  return sample.head.length > 0 && !sample.head.includes(0);
}
