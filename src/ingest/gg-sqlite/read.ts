import Database from 'better-sqlite3';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { ggMessageKey } from '../gadu/index.js';
import { htmlToText } from '../html/index.js';
import { epochDate, parseLocalTime } from '../time/index.js';

interface MessageRow {
  rowid: number;
  chat: string | number | null;
  contact: string | number | null;
  send_time: string | number | null;
  receive_time: string | number | null;
  outgoing: number | string | null;
  content: string | null;
}

/**
 * Kadu's sql_history plugin database. Since schema version 2 a message row points at its chat
 * (kadu_chats), its sender (kadu_contacts) and its text (kadu_message_contents, Kadu's HTML);
 * version 4 adds kadu_accounts and stores chats as "Contact;<contact row id>" and contacts as
 * their Gadu-Gadu number. Times are the PC's local wall-clock time ("2023-09-04T10:42:57.000").
 * Outgoing messages are the shop's. One conversation per chat; `ref` is the message's rowid.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new ParseError(path, null, `cannot open the file as an SQLite database (${(error as Error).message}).`, { cause: error });
  }
  try {
    const conversations = readConversations(db, path, options);
    for (const conversation of conversations) yield conversation;
  } catch (error) {
    if (error instanceof ParseError) throw error;
    if ((error as { code?: string }).code?.startsWith('SQLITE_')) {
      throw new ParseError(path, null, `the Kadu history database is damaged or incomplete (${(error as Error).message}).`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    db.close();
  }
}

function* readConversations(db: Database.Database, path: string, options: ReadOptions): Generator<RawConversation> {
  const columns = tableColumns(db, 'kadu_messages');
  if (!columns.size) {
    throw new ParseError(path, null, 'this SQLite file has no kadu_messages table, so it is not a Kadu history database.');
  }
  const chatNames = chatNamesById(db);
  const contactNames = contactNamesById(db);
  const hasContents = columns.has('content_id') && tableColumns(db, 'kadu_message_contents').size > 0;
  // Schema version 1 kept chat/sender uuids and the text in the message row itself.
  const sql = hasContents
    ? `SELECT m.rowid AS rowid, m.chat_id AS chat, m.contact_id AS contact, m.send_time, m.receive_time,
              m.is_outgoing AS outgoing, c.content AS content
         FROM kadu_messages m LEFT JOIN kadu_message_contents c ON c.id = m.content_id
        ORDER BY m.chat_id, m.rowid`
    : `SELECT rowid, chat, sender AS contact, send_time, receive_time,
              substr(attributes, 10, 1) AS outgoing, content
         FROM kadu_messages ORDER BY chat, rowid`;
  let current: RawConversation | null = null;
  let currentChat: unknown = Symbol('none');
  for (const row of db.prepare(sql).iterate() as IterableIterator<MessageRow>) {
    if (row.chat !== currentChat) {
      if (current?.messages.length) yield current;
      currentChat = row.chat;
      const name = hasContents ? chatNames.get(Number(row.chat)) : undefined;
      current = { id: name ? `gg:${name}` : `kadu-chat:${row.chat ?? 'none'}`, kind: 'chat', messages: [] };
    }
    const text = htmlToText(row.content ?? '', 'message');
    if (!text) continue;
    const outgoing = Number(row.outgoing) === 1 || row.outgoing === 'true';
    const sender = hasContents ? contactNames.get(Number(row.contact)) : row.contact === null ? undefined : String(row.contact);
    const sentAt = kaduTime(outgoing ? row.send_time : (row.send_time ?? row.receive_time), options.timezone) ??
      kaduTime(row.receive_time, options.timezone);
    const message: RawMessage = {
      ref: String(row.rowid),
      role: outgoing ? 'shop' : 'customer',
      author: outgoing ? null : (sender ?? null),
      sentAt,
      text,
    };
    const uin = current!.id.startsWith('gg:') ? current!.id.slice(3) : null;
    // The same key as the text history importer gives, so a contact exported both ways is stored once.
    if (uin && sentAt) {
      message.key = ggMessageKey(uin, sentAt, message.role, text);
    }
    current!.messages.push(message);
  }
  if (current?.messages.length) yield current;
}

function tableColumns(db: Database.Database, table: string): Set<string> {
  const rows = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

/** Contact row id -> its Gadu-Gadu number (schema 4), when the table records it. */
function contactNamesById(db: Database.Database): Map<number, string> {
  const names = new Map<number, string>();
  if (!tableColumns(db, 'kadu_contacts').has('contact')) return names;
  for (const row of db.prepare('SELECT id, contact FROM kadu_contacts').iterate() as IterableIterator<{ id: number; contact: string | null }>) {
    if (row.contact) names.set(row.id, String(row.contact));
  }
  return names;
}

/** Chat row id -> the Gadu-Gadu number of the one contact it is with ("Contact;<id>" chats only). */
function chatNamesById(db: Database.Database): Map<number, string> {
  const names = new Map<number, string>();
  if (!tableColumns(db, 'kadu_chats').has('chat')) return names;
  const contacts = contactNamesById(db);
  for (const row of db.prepare('SELECT id, chat FROM kadu_chats').iterate() as IterableIterator<{ id: number; chat: string | null }>) {
    const match = /^Contact;(\d+)$/.exec(row.chat ?? '');
    const number = match ? contacts.get(Number(match[1])) : undefined;
    if (number) names.set(row.id, number);
  }
  return names;
}

function kaduTime(value: string | number | null, timeZone: string): Date | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return epochDate(value);
  return parseLocalTime(value, timeZone);
}
