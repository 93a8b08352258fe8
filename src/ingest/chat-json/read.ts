import { ParseError } from '../../errors.js';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { type ChatRow, resolveColumns, rowsToConversations } from '../chat-table/index.js';
import { isRecord, readJsonFile } from '../json/index.js';
import { fieldText, findRecords, recordFields } from './json-records.js';

/**
 * Reads a generic JSON chat log: a list of message objects (or `{ "messages": [...] }`).
 * `ref` is the id field, else the position in the list counted from 1.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const records = findRecords(await readJsonFile(path, options.onProgress));
  if (records === null) {
    throw new ParseError(path, null, 'expected a list of messages: a JSON array, or an object with a "messages" list');
  }
  const columns = resolveColumns(recordFields(records), options.columns, path, null);
  const rows: ChatRow[] = records.map((record, index) => {
    if (!isRecord(record)) {
      throw new ParseError(path, null, `message ${index + 1} in the list is not an object with fields`);
    }
    return {
      number: index + 1,
      get: (field) => {
        const column = columns[field];
        return column === undefined ? '' : fieldText(record, column);
      },
    };
  });
  yield* rowsToConversations(rows, columns, path, options);
}
