import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { listColumns, normalizeColumnName, overriddenColumn, readCsvFile } from '../csv/index.js';
import { parseLocalTime } from '../time/index.js';
import { canonicalPhone } from './phone-number.js';
import { PHONE_COLUMNS, type PhoneField } from './detect.js';

type ColumnIndex = Record<PhoneField, number>;

// The note is matched first so that a generic alias of another field cannot take its column.
const MATCH_ORDER: readonly PhoneField[] = ['note', 'call_id', 'started_at', 'time_of_day', 'direction', 'customer_phone', 'customer_name', 'agent'];

/**
 * One conversation per call. An inbound call carries one customer message: the caller's words
 * from the note. An outbound call is the shop calling someone, so its note is a shop message and
 * never a question. `ref` is the call id, or the 1-based record number when there is none.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  let columns: ColumnIndex | null = null;
  let header: string[] = [];
  let record = 0;
  for await (const row of readCsvFile(path, options.onProgress)) {
    if (!columns) {
      header = row.fields.map((name) => name.trim());
      columns = mapColumns(path, row.line, header, options.columns);
      continue;
    }
    record++;
    const value = (field: PhoneField): string => (columns![field] === -1 ? '' : (row.fields[columns![field]] ?? '').trim());
    const note = value('note');
    if (!note) continue;
    const callId = value('call_id');
    const ref = callId || String(record);
    const startedAt = withTimeOfDay(value('started_at'), value('time_of_day'));
    const sentAt = startedAt ? parseLocalTime(startedAt, options.timezone) : null;
    if (startedAt && !sentAt) {
      throw new ParseError(
        path,
        row.line,
        `"${startedAt}" in column ${[columns.started_at, columns.time_of_day].filter((i) => i !== -1).map((i) => `"${header[i]}"`).join(' + ')} is not a date and time faqtory can read ` +
          '(use e.g. 2023-09-04 10:42 or 04.09.2023 10:42).',
      );
    }
    const outbound = isOutbound(value('direction'));
    const message: RawMessage = outbound
      ? { ref, role: 'shop', author: value('agent') || null, sentAt, text: note }
      : {
          ref,
          role: 'customer',
          author: canonicalPhone(value('customer_phone')) ?? (value('customer_name') || null),
          sentAt,
          // The whole note: extraction takes the caller's words from it, and the agent's record of the answer.
          text: note,
        };
    if (callId) message.key = `phone:${callId}:${sentAt?.toISOString() ?? ''}`;
    yield { id: callId ? `phone:${callId}` : `${path}#${record}`, kind: 'call', messages: [message] };
  }
}

function mapColumns(path: string, line: number, header: string[], overrides: Readonly<Record<string, string>>): ColumnIndex {
  const normalized = header.map(normalizeColumnName);
  const taken = new Set<number>();
  const columns = {} as ColumnIndex;
  for (const field of MATCH_ORDER) {
    const override = overrides[field];
    let index = -1;
    if (override !== undefined) {
      index = overriddenColumn(header, field, override, path, line);
    } else {
      for (const alias of PHONE_COLUMNS[field]) {
        const at = normalized.findIndex((name, i) => name === normalizeColumnName(alias) && !taken.has(i));
        if (at !== -1) {
          index = at;
          break;
        }
      }
    }
    if (index !== -1) taken.add(index);
    columns[field] = index;
  }
  if (columns.note === -1) {
    throw new ParseError(
      path,
      line,
      `no column with the call notes was found. Columns found: ${listColumns(header)}. ` +
        'Say which column holds the notes with --columns note=<column name> ' +
        '(likewise call_id, started_at, time_of_day, direction, customer_phone, customer_name, agent).',
    );
  }
  return columns;
}

/** A date-only value completed by the separate time column, when the export splits them. */
function withTimeOfDay(date: string, time: string): string {
  return time && date && !date.includes(':') ? `${date} ${time}` : date;
}

// Compared folded (no case, diacritics or spaces): "Zpětné volání" -> "zpetnevolani".
const OUTBOUND = /^(out|outbound|outgoing|wychodz|wych|odchoz|callback|oddzwon|zpetn)/;

function isOutbound(direction: string): boolean {
  return OUTBOUND.test(normalizeColumnName(direction));
}
