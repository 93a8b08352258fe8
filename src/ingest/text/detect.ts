import type { FileSample } from '../adapter.js';
import { splitHeaderLine } from '../csv/index.js';
import { sampleText } from '../encoding/index.js';

/** Lines that are records of a log rather than a customer's words. */
const RECORD_LINE = [
  /^From \S/, // mbox envelope
  /^Conversation with /, // Pidgin header
  /^[a-z]+,\d+,/, // Kadu/ekg history entry
  /^\(?\d{1,2}:\d{2}(:\d{2})?\)?\s/, // timestamped chat line
  /^[\x21-\x39\x3b-\x7e]{1,40}:[ \t]/, // "Field: value" (mail headers, exports)
];

/**
 * A list of questions, one per line: text (no NUL), not structured data (JSON, XML/HTML,
 * a table) and not a log whose lines are records. Checked positively, so that it never takes a
 * file merely because no other format claimed it.
 */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head);
  if (text.length === 0 || text.includes('\0')) return false;
  if (/^\s*[[{<]/.test(text)) return false;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  // The sample may end inside the last line.
  if (sample.size > sample.head.length && lines.length > 1) lines.pop();
  const first = lines.slice(0, 20);
  if (first.length === 0 || looksTabular(first)) return false;
  const records = first.filter((line) => RECORD_LINE.some((pattern) => pattern.test(line))).length;
  return !RECORD_LINE.slice(0, 3).some((pattern) => pattern.test(first[0]!)) && records * 2 < first.length;
}

/** A header line split by a delimiter (outside quotes) that splits the next lines the same way. */
function looksTabular(lines: readonly string[]): boolean {
  return [';', '\t', '|', ','].some((delimiter) => {
    const counts = lines.map((line) => splitHeaderLine(line, delimiter).length - 1);
    const header = counts[0]!;
    // Prose has commas; a table of two columns or more is what a comma line must show.
    if (header < (delimiter === ',' ? 2 : 1)) return false;
    const rest = counts.slice(1);
    return rest.length === 0 ? delimiter !== ',' : rest.filter((count) => count === header).length * 2 >= rest.length;
  });
}
