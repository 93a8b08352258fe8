import { basename } from 'node:path';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage, Role } from '../../model.js';
import { contentKey } from '../content-key.js';
import type { ReadOptions } from '../adapter.js';
import { listColumns, normalizeColumnName, overriddenColumn } from '../csv/index.js';
import { epochDate, parseLocalTime, validDate } from '../time/index.js';
import { isShopAuthor } from '../shop/index.js';

/** Our fields of a generic chat log; --columns maps them to the file's own column names. */
export const CHAT_FIELDS = ['conversation', 'id', 'time', 'author', 'role', 'text'] as const;
export type ChatField = (typeof CHAT_FIELDS)[number];
export type ChatColumns = Partial<Record<ChatField, string>>;

/** Column names recognised without --columns (English, Polish, Czech), in normalised form. */
const KNOWN_HEADERS: Readonly<Record<ChatField, readonly string[]>> = {
  conversation: [
    'conversation', 'conversationid', 'chat', 'chatid', 'thread', 'threadid', 'session', 'sessionid', 'ticket',
    'ticketid', 'dialog', 'rozmowa', 'rozmowaid', 'idrozmowy', 'watek', 'konwersacja', 'konverzace',
    'konverzaceid', 'idkonverzace', 'vlakno',
  ],
  id: ['id', 'messageid', 'msgid', 'eventid', 'idwiadomosci', 'wiadomoscid', 'idzpravy', 'zpravaid'],
  time: [
    'time', 'timestamp', 'date', 'datetime', 'createdat', 'created', 'sentat', 'sent', 'czas', 'data',
    'datagodzina', 'datum', 'cas', 'datumcas', 'datumacas',
  ],
  author: [
    'author', 'from', 'sender', 'name', 'user', 'username', 'nick', 'email', 'nadawca', 'autor', 'od', 'kto',
    'uzytkownik', 'odesilatel', 'uzivatel', 'jmeno', 'imie',
  ],
  role: ['role', 'type', 'direction', 'sendertype', 'authortype', 'usertype', 'typ', 'rola', 'kierunek', 'smer', 'strana'],
  text: [
    'text', 'message', 'messagetext', 'body', 'content', 'msg', 'tresc', 'wiadomosc', 'trescwiadomosci', 'zprava',
    'textzpravy', 'obsah', 'tekst', 'question', 'pytanie', 'dotaz',
  ],
};

const ROLE_WORDS: Readonly<Record<string, Role>> = Object.fromEntries([
  ...[
    'customer', 'visitor', 'client', 'klient', 'klientka', 'zakaznik', 'zakaznice', 'user', 'guest', 'contact',
    'buyer', 'kupujacy', 'kupujici', 'navstevnik', 'odwiedzajacy', 'uzytkownik', 'in', 'inbound', 'incoming',
    'przychodzaca', 'prichozi',
  ].map((word) => [word, 'customer' as const]),
  ...[
    'agent', 'operator', 'shop', 'sklep', 'obchod', 'eshop', 'staff', 'support', 'admin', 'seller', 'sprzedawca',
    'prodejce', 'konsultant', 'konzultant', 'pracownik', 'employee', 'bot', 'out', 'outbound', 'outgoing',
    'wychodzaca', 'odchozi',
  ].map((word) => [word, 'shop' as const]),
  ...['system', 'event', 'info', 'note', 'internal', 'notatka', 'poznamka', 'systemowa', 'systemova'].map(
    (word) => [word, 'system' as const],
  ),
]);

/** True when a header row looks like a chat log: a text column plus who wrote it or which chat. */
export function looksLikeChatHeader(headers: readonly string[]): boolean {
  const columns = defaultColumns(headers);
  return columns.text !== undefined && (columns.conversation !== undefined || columns.author !== undefined);
}

/** True when one of the names is a recognised message text column. */
export function hasTextColumn(headers: readonly string[]): boolean {
  return defaultColumns(headers).text !== undefined;
}

function defaultColumns(headers: readonly string[]): ChatColumns {
  const columns: ChatColumns = {};
  const normalized = headers.map(normalizeColumnName);
  for (const field of CHAT_FIELDS) {
    const index = normalized.findIndex((name) => KNOWN_HEADERS[field].includes(name));
    if (index !== -1) columns[field] = headers[index]!;
  }
  return columns;
}

/**
 * Decides which column holds each field: --columns first, then the recognised names. Names in
 * --columns that are not ours are left for other formats (one --columns serves a whole import).
 */
export function resolveColumns(
  headers: readonly string[],
  overrides: Readonly<Record<string, string>>,
  file: string,
  line: number | null,
): ChatColumns {
  const columns = defaultColumns(headers);
  for (const field of CHAT_FIELDS) {
    const wanted = overrides[field];
    if (wanted !== undefined) columns[field] = headers[overriddenColumn(headers, field, wanted, file, line)]!;
  }
  if (columns.text === undefined) {
    throw new ParseError(
      file,
      line,
      `no column with the message text; columns found: ${listColumns(headers)}. ` +
        `Say which column holds it, e.g. --columns text=${headers[0] ?? 'Message'}`,
    );
  }
  return columns;
}

/** One record of a generic chat log, already picked apart by column. */
export interface ChatRow {
  /** 1-based record number (CSV data row, JSON array index + 1). */
  number: number;
  get(field: ChatField): string;
}

/**
 * Groups rows into conversations: by the conversation column; without one, by the customer
 * who wrote (shop replies join the conversation before them); with neither, one per row.
 */
export function rowsToConversations(
  rows: Iterable<ChatRow>,
  columns: ChatColumns,
  file: string,
  options: ReadOptions,
): RawConversation[] {
  const conversations = new Map<string, RawConversation>();
  let current: RawConversation | null = null;
  for (const row of rows) {
    const text = row.get('text').replace(/\r\n?/g, '\n').trim();
    if (!text) continue;
    const author = row.get('author').trim() || null;
    const role = roleOf(row.get('role'), author, options);
    if (role === 'system') continue;
    const id = row.get('id').trim();
    const message: RawMessage = {
      ref: id || String(row.number),
      role,
      author,
      sentAt: parseTimeValue(row.get('time'), options.timezone),
      text,
    };
    let conversationId: string | null = row.get('conversation').trim() || null;
    if (conversationId === null && columns.conversation === undefined) {
      if (columns.author === undefined) conversationId = `${basename(file)}#${message.ref}`;
      else if (role === 'customer' || !current) conversationId = `${basename(file)}#${author ?? ''}`;
      else conversationId = current.id;
    }
    conversationId ??= basename(file);
    let conversation = conversations.get(conversationId);
    if (!conversation) {
      conversation = { id: conversationId, kind: 'chat', messages: [] };
      conversations.set(conversationId, conversation);
    }
    // Position and content, not the record number: a grown log keeps its old messages' keys.
    message.key = contentKey('chat', conversationId, conversation.messages.length, role, author, row.get('time').trim(), text);
    conversation.messages.push(message);
    current = conversation;
  }
  return [...conversations.values()];
}

function roleOf(value: string, author: string | null, options: ReadOptions): Role {
  const known = ROLE_WORDS[normalizeColumnName(value)];
  if (known) return known;
  return isShopAuthor(author, options.shop) ? 'shop' : 'customer';
}

/** Epoch seconds or milliseconds, ISO times with an offset, or local times in --timezone. */
export function parseTimeValue(value: string, timeZone: string): Date | null {
  const text = value.trim();
  if (!text) return null;
  if (/^\d{9,13}(\.\d+)?$/.test(text)) {
    return epochDate(Number(text));
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const date = validDate(text.replace(' ', 'T').replace(/\s+/, ''));
    if (date) return date;
  }
  return parseLocalTime(text, timeZone);
}
