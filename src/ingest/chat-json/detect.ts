import type { FileSample } from '../adapter.js';
import { hasTextColumn } from '../chat-table/index.js';
import { normalizeColumnName } from '../csv/index.js';
import { isRecord } from '../json/index.js';
import { findRecords, recordFields } from './json-records.js';
import { sampleText } from '../encoding/index.js';

// A root object that describes one conversation (who took part, the visitor, the thread) is a
// vendor's export with a reader of its own (Messenger, Smartsupp), not a generic message list.
const CONVERSATION_KEYS = ['participants', 'visitor', 'thread_path', 'threadName'];

/**
 * A JSON list of message objects (or `{ "messages": [...] }`) with a text-like field. Whole
 * small files are parsed; for big or broken ones the field names in the first 64 KiB decide.
 */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head).trimStart();
  if (!/^[[{]/.test(text)) return false;
  if (sample.size <= sample.head.length) {
    try {
      const data: unknown = JSON.parse(text);
      if (isRecord(data) && CONVERSATION_KEYS.some((key) => key in data)) return false;
      const records = findRecords(data);
      return records !== null && hasTextColumn(recordFields(records));
    } catch {
      // Broken JSON that looks like a message list is still claimed, so its error is reported.
    }
  }
  if (!text.startsWith('[') && !/^\{\s*"messages"\s*:\s*\[/.test(text)) return false;
  if (CONVERSATION_KEYS.some((key) => new RegExp(`"${key}"\\s*:`).test(text))) return false;
  const names = [...text.matchAll(/"([^"\\]{1,40})"\s*:/g)].map((m) => m[1]!);
  return hasTextColumn([...new Set(names)].filter((name) => normalizeColumnName(name) !== ''));
}
