import { ParseError } from '../../errors.js';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { CHAT_FIELDS, type ChatColumns, type ChatRow, resolveColumns, rowsToConversations } from '../chat-table/index.js';
import { readCsvFile } from '../csv/index.js';

/**
 * Reads a chat log CSV with the CSV reader phone notes use too: delimiter and charset sniffed,
 * quoted fields may span lines. `ref` is the id column, else the record number.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  let columns: ChatColumns | null = null;
  let indexes: Partial<Record<keyof ChatColumns, number>> = {};
  const rows: ChatRow[] = [];
  for await (const { line, fields } of readCsvFile(path, options.onProgress)) {
    if (!columns) {
      const headers = fields.map((name) => name.trim());
      const resolved = resolveColumns(headers, options.columns, path, line);
      for (const field of CHAT_FIELDS) {
        const column = resolved[field];
        if (column !== undefined) indexes[field] = headers.indexOf(column);
      }
      columns = resolved;
      continue;
    }
    const at = indexes;
    rows.push({ number: rows.length + 1, get: (field) => fields[at[field] ?? -1] ?? '' });
  }
  if (!columns) throw new ParseError(path, null, 'the file has no header row naming its columns.');
  yield* rowsToConversations(rows, columns, path, options);
}
