import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { sampleFile } from '../file-sample.js';
import { withoutMarkedFraming } from '../../text/call-note.js';
import { normalizeColumnName, readCsvRows, sniffCsvDialect } from '../shared/csv-records.js';
import { parseLocalTime } from '../shared/local-time.js';
import { PHONE_COLUMNS, type PhoneField } from './detect.js';

type ColumnIndex = Record<PhoneField, number>;

// The note is matched first so that a generic alias of another field cannot take its column.
const MATCH_ORDER: readonly PhoneField[] = ['note', 'call_id', 'started_at', 'direction', 'customer_phone', 'customer_name', 'agent'];

/**
 * One conversation per call. An inbound call carries one customer message: the caller's words
 * from the note. An outbound call is the shop calling someone, so its note is a shop message and
 * never a question. `ref` is the call id, or the 1-based record number when there is none.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const dialect = sniffCsvDialect((await sampleFile(path)).head);
  let columns: ColumnIndex | null = null;
  let header: string[] = [];
  let record = 0;
  for await (const row of readCsvRows(path, dialect, options.onProgress)) {
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
    const startedAt = value('started_at');
    const sentAt = startedAt ? parseLocalTime(startedAt, options.timezone) : null;
    if (startedAt && !sentAt) {
      throw new ParseError(
        path,
        row.line,
        `"${startedAt}" in column "${header[columns.started_at]}" is not a date and time faqtory can read ` +
          '(use e.g. 2023-09-04 10:42 or 04.09.2023 10:42).',
      );
    }
    const outbound = isOutbound(value('direction'));
    const message: RawMessage = outbound
      ? { ref, role: 'shop', author: value('agent') || null, sentAt, text: note }
      : {
          ref,
          role: 'customer',
          author: normalizePhone(value('customer_phone')) ?? (value('customer_name') || null),
          sentAt,
          text: withoutMarkedFraming(note),
        };
    if (callId) message.key = `phone:${callId}:${sentAt?.toISOString() ?? ''}`;
    yield { id: callId ? `phone:${callId}` : `${path}#${record}`, channel: options.channel ?? 'phone', messages: [message] };
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
      index = normalized.indexOf(normalizeColumnName(override));
      if (index === -1) {
        throw new ParseError(
          path,
          line,
          `--columns ${field}=${override}: the file has no column "${override}". Columns found: ${header.join(', ')}.`,
        );
      }
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
      `no column with the call notes was found. Columns found: ${header.join(', ')}. ` +
        'Say which column holds the notes with --columns note=<column name> ' +
        '(likewise call_id, started_at, direction, customer_phone, customer_name, agent).',
    );
  }
  return columns;
}

const OUTBOUND = /^(out|outbound|outgoing|wychodz|wych|odchoz|callback|call back|oddzwon|zpetn|zpetne)/;

function isOutbound(direction: string): boolean {
  return OUTBOUND.test(normalizeColumnName(direction).replace(/_/g, ' '));
}

/** Digits only, with a leading '+' kept for international numbers, so that spacing does not split one caller. */
function normalizePhone(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5) return null;
  if (phone.trim().startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits;
}
