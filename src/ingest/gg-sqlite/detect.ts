import type { FileSample } from '../adapter.js';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Kadu's history database (history/history2.db or history.db): an SQLite file whose schema,
 * stored as text in the first pages, creates the kadu_messages table.
 */
export function detect(sample: FileSample): boolean {
  return (
    sample.head.length >= SQLITE_MAGIC.length &&
    sample.head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC) &&
    sample.head.includes('kadu_messages', 0, 'latin1')
  );
}
