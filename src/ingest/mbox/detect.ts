import type { FileSample } from '../adapter.js';
import { SEPARATOR } from './split-mbox.js';
import { sampleText } from '../encoding/index.js';

/**
 * An mbox starts with a "From " separator line followed by mail headers. The separator's date
 * or the header after it must look right, so a text file whose first word is "From" is not taken.
 */
export function detect(sample: FileSample): boolean {
  const head = sampleText(sample.head.subarray(0, 4096), 'latin1');
  if (!head.startsWith('From ')) return false;
  const [first = '', second = ''] = head.split(/\r?\n/, 2);
  return SEPARATOR.test(first) || /^[\x21-\x39\x3b-\x7e]+:/.test(second) || /\.mbox$/i.test(sample.path);
}
