import type { FileSample } from '../adapter.js';

/**
 * Plain text is the fallback for anything that is text and that no other format claimed, but
 * not for structured data no reader understood (JSON, XML/HTML, CSV): reading those line by
 * line would turn field names and markup into "questions", so they are reported as unknown.
 */
export function detect(sample: FileSample): boolean {
  if (sample.head.length === 0 || sample.head.includes(0)) return false;
  const text = sample.head.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*[[{<]/.test(text)) return false;
  return !looksLikeCsv(text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 6));
}

/** Three or more lines that all have the same number (at least two) of one delimiter. */
function looksLikeCsv(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  return [';', ',', '\t', '|'].some((delimiter) => {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    return counts[0]! >= 2 && counts.every((count) => count === counts[0]);
  });
}
