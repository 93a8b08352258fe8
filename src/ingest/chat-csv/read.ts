import { readFile } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { ParseError } from '../../errors.js';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { CHAT_FIELDS, type ChatField, type ChatRow, resolveColumns, rowsToConversations } from '../chat-table/index.js';
import { decodeText } from '../encoding/index.js';
import { guessDelimiter } from '../csv/index.js';

/**
 * Reads a chat log CSV: `;`, `,` or tab separated, UTF-8 (with or without BOM) or
 * windows-1250, quoted fields may span lines. `ref` is the id column, else the record number.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const bytes = await readFile(path);
  options.onProgress?.(bytes.length);
  const text = decodeText(bytes);
  const firstLineEnd = text.search(/\r?\n/);
  const delimiter = guessDelimiter(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const { lines } = error as unknown as { lines?: unknown };
      const line = typeof lines === 'number' ? lines : null;
      throw new ParseError(path, line, `this CSV cannot be read (${error.message}); check for a missing closing quote`, {
        cause: error,
      });
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw new ParseError(path, null, 'the file is empty');
  const headers = header.record.map((name) => name.trim());
  const columns = resolveColumns(headers, options.columns, path, 1);
  const indexes = new Map<ChatField, number>();
  for (const field of CHAT_FIELDS) {
    const column = columns[field];
    if (column !== undefined) indexes.set(field, headers.indexOf(column));
  }
  const rows: ChatRow[] = data.map(({ record }, i) => ({
    number: i + 1,
    get: (field) => {
      const index = indexes.get(field);
      return index === undefined ? '' : (record[index] ?? '');
    },
  }));
  yield* rowsToConversations(rows, columns, path, options);
}
