import { basename } from 'node:path';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage, Role } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { ggMessageKey } from '../gadu/index.js';
import { readLines } from '../encoding/index.js';

// A Kadu 0.6 bug sometimes wrote stray bytes before the entry type; Kadu's own reader skips them too.
const ENTRY_START = /(?:chatsend|chatrcv|chatrecv|msgsend|msgrcv|msgrecv|status|smssend),/;

/**
 * Kadu / ekg keep one history file per contact (named by the contact's number, or numbers joined
 * with '_' for a conference). Each line is one entry:
 *   chatsend,<uin>,<nick>,<time>,<text>
 *   chatrcv,<uin>,<nick>,<arrival time>,<send time>,<text>
 * (msgsend/msgrcv likewise). Sent lines are the shop's, received ones the customer's; status
 * changes and SMS entries are skipped. Times are Unix seconds; `ref` is the line number.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const messages: RawMessage[] = [];
  let firstUin: string | null = null;
  for await (const { line, text } of readLines(path, options.onProgress, { programWritten: true })) {
    const start = text.search(ENTRY_START);
    if (start === -1) {
      if (text.trim() === '') continue;
      // Every line of the history is an entry (line breaks inside messages are escaped).
      throw new ParseError(path, line, 'this line is not a Kadu history entry: the file is damaged. Copy the history file again.');
    }
    const entry = parseEntry(path, line, text.slice(start));
    if (!entry) continue;
    firstUin ??= entry.uin;
    const sentAt = new Date(entry.time * 1000);
    messages.push({
      ref: String(line),
      key: ggMessageKey(entry.uin, sentAt, entry.role, entry.text),
      role: entry.role,
      author: entry.role === 'customer' ? entry.uin : null,
      sentAt,
      text: entry.text,
    });
  }
  if (!messages.length) return;
  const name = basename(path);
  const contact = /^\d+(?:_\d+)*$/.test(name) ? name : firstUin;
  yield { id: `gg:${contact}`, kind: 'chat', messages };
}

interface HistoryEntry {
  role: Role;
  uin: string;
  /** Unix seconds: when the customer sent it, or when the shop sent it. */
  time: number;
  text: string;
}

/** One history line as a message entry, or null for entries that are not messages. */
function parseEntry(path: string, line: number, text: string): HistoryEntry | null {
  const type = text.slice(0, text.indexOf(','));
  const received = type === 'chatrcv' || type === 'chatrecv' || type === 'msgrcv' || type === 'msgrecv';
  const sent = type === 'chatsend' || type === 'msgsend';
  if (!received && !sent) return null;
  // type, uin, nick, time[, send time], then the message, which may itself contain commas.
  const fixedCount = received ? 5 : 4;
  const fields: string[] = [];
  let at = 0;
  while (fields.length < fixedCount) {
    const field = readField(path, line, text, at);
    if (!field) throw new ParseError(path, line, `this ${type} entry ends before its message text; the line looks cut off.`);
    fields.push(field.value);
    at = field.next;
  }
  const uin = fields[1]!;
  if (!/^\d+$/.test(uin)) {
    throw new ParseError(path, line, `"${uin}" is not a Gadu-Gadu number (the second field of a ${type} entry).`);
  }
  const times = fields.slice(3).map((value) => parseUnixSeconds(path, line, value));
  // Received entries carry the arrival time and the sender's clock time; the latter is when it was written.
  const time = received && times[1]! > 0 ? times[1]! : times[0]!;
  return { role: received ? 'customer' : 'shop', uin, time, text: readMessage(path, line, text, at) };
}

/** A comma-terminated field starting at `from` (quoted or not), or null at the end of the line. */
function readField(path: string, line: number, text: string, from: number): { value: string; next: number } | null {
  if (from >= text.length) return null;
  if (text[from] === '"') {
    const quoted = readQuoted(path, line, text, from);
    if (text[quoted.next] !== ',') return null;
    return { value: quoted.value, next: quoted.next + 1 };
  }
  const comma = text.indexOf(',', from);
  if (comma === -1) return null;
  return { value: text.slice(from, comma), next: comma + 1 };
}

/** The last field: quoted with backslash escapes, or the plain rest of the line. */
function readMessage(path: string, line: number, text: string, from: number): string {
  if (text[from] !== '"') return text.slice(from);
  const quoted = readQuoted(path, line, text, from);
  if (quoted.next < text.length && text.slice(quoted.next).trim()) {
    throw new ParseError(path, line, 'there is text after the closing quote of the message; the line is damaged.');
  }
  return quoted.value;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };

function readQuoted(path: string, line: number, text: string, from: number): { value: string; next: number } {
  let value = '';
  for (let i = from + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      const escaped = text[++i]!;
      value += ESCAPES[escaped] ?? escaped;
    } else if (ch === '"') {
      return { value, next: i + 1 };
    } else {
      value += ch;
    }
  }
  throw new ParseError(path, line, 'a quoted field is never closed (missing " at the end of the line).');
}

function parseUnixSeconds(path: string, line: number, value: string): number {
  if (!/^\d{1,12}$/.test(value)) {
    throw new ParseError(path, line, `"${value}" is not a time: Kadu history times are Unix seconds, e.g. 1693916573.`);
  }
  return Number(value);
}
