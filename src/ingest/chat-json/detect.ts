import type { FileSample } from '../adapter.js';
import { hasTextColumn, normalizeName } from '../chat-table/index.js';
import { findRecords, recordFields } from './json-records.js';

/**
 * A JSON list of message objects (or `{ "messages": [...] }`) with a text-like field. Whole
 * small files are parsed; for big or broken ones the field names in the first 64 KiB decide.
 */
export function detect(sample: FileSample): boolean {
  const text = sample.head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!/^[[{]/.test(text)) return false;
  if (sample.size <= sample.head.length) {
    try {
      const records = findRecords(JSON.parse(text));
      return records !== null && hasTextColumn(recordFields(records));
    } catch {
      // Broken JSON that looks like a message list is still claimed, so its error is reported.
    }
  }
  if (!text.startsWith('[') && !/^\{\s*"messages"\s*:\s*\[/.test(text)) return false;
  const names = [...text.matchAll(/"([^"\\]{1,40})"\s*:/g)].map((m) => m[1]!);
  return hasTextColumn([...new Set(names)].filter((name) => normalizeName(name) !== ''));
}
