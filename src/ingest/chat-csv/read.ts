import { ParseError } from '../../errors.js';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { CHAT_FIELDS, type ChatColumns, type ChatField, type ChatRow, resolveColumns, rowsToConversations } from '../chat-table/index.js';
import { readCsvRows, sniffCsvDialect } from '../csv/index.js';
import { sampleFile } from '../file-sample.js';

/**
 * Reads a chat log CSV with the one CSV reader phone notes use too: its delimiter and charset
 * sniffed, quoted fields may span lines. `ref` is the id column, else the record number.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const dialect = sniffCsvDialect((await sampleFile(path)).head);
  let indexes: Map<ChatField, number> | null = null;
  let columns: ChatColumns = {};
  const rows: ChatRow[] = [];
  for await (const { line, fields } of readCsvRows(path, dialect, options.onProgress)) {
    if (!indexes) {
      const headers = fields.map((name) => name.trim());
      columns = resolveColumns(headers, options.columns, path, line);
      indexes = new Map(CHAT_FIELDS.flatMap((field) => (columns[field] === undefined ? [] : [[field, headers.indexOf(columns[field]!)] as const])));
      continue;
    }
    const found = indexes;
    rows.push({ number: rows.length + 1, get: (field) => fields[found.get(field) ?? -1] ?? '' });
  }
  if (!indexes) throw new ParseError(path, null, 'the file has no header row naming its columns.');
  yield* rowsToConversations(rows, columns, path, options);
}
