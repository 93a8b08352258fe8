import { createReadStream } from 'node:fs';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage, Role } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { isRecord } from '../json/index.js';
import { streamJson } from '../json/index.js';
import { isShopAuthor } from '../shop/index.js';
import { validDate } from '../time/index.js';

/**
 * Reads a LiveChat list_archives response chat by chat. Customers' events are the customer's,
 * agents' (and bots') are the shop's; system messages, forms, files and notes only agents can
 * see are left out.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const source = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  let hasChats = false;
  for await (const part of streamJson(source, path, 'chats', options.onProgress)) {
    if (part.kind === 'member') {
      if (part.key === 'chats') hasChats = true;
      continue;
    }
    hasChats = true;
    const conversation = toConversation(part.value, part.line, path, options);
    if (conversation) yield conversation;
  }
  if (!hasChats) {
    throw new ParseError(path, null, 'there is no "chats" list, so this is not a LiveChat archive export');
  }
}

function toConversation(value: unknown, line: number, path: string, options: ReadOptions): RawConversation | null {
  if (!isRecord(value)) throw new ParseError(path, line, 'an entry of "chats" is not a chat object');
  // API v3.2+ gives one `thread` per archived chat; v3.1 gave `threads`.
  const threads = Array.isArray(value['threads']) ? (value['threads'] as unknown[]) : [value['thread']];
  if (!threads.every((thread) => isRecord(thread) && Array.isArray(thread['events']))) {
    throw new ParseError(path, line, 'a chat without a thread of "events"; this does not look like a LiveChat archive');
  }
  const chatId = String(value['id'] ?? (threads[0] as Record<string, unknown>)['id'] ?? '');
  const userTypes = new Map<string, string>();
  for (const user of Array.isArray(value['users']) ? (value['users'] as unknown[]) : []) {
    if (isRecord(user) && user['id'] !== undefined) userTypes.set(String(user['id']), String(user['type']));
  }
  const messages: RawMessage[] = [];
  for (const thread of threads as Record<string, unknown>[]) {
    for (const event of thread['events'] as unknown[]) {
      const message = isRecord(event) ? toMessage(event, chatId, userTypes, options) : null;
      if (message) messages.push(message);
    }
  }
  if (messages.length === 0) return null;
  return { id: chatId, kind: 'chat', messages };
}

function toMessage(
  event: Record<string, unknown>,
  chatId: string,
  userTypes: ReadonlyMap<string, string>,
  options: ReadOptions,
): RawMessage | null {
  if (event['visibility'] === 'agents') return null;
  const text = eventText(event);
  if (!text || event['id'] === undefined) return null;
  const author = event['author_id'] === undefined ? null : String(event['author_id']);
  const role = roleOf(author, userTypes, options);
  if (role === null) return null;
  return {
    ref: String(event['id']),
    key: `livechat:${chatId}:${String(event['id'])}`,
    role,
    author,
    sentAt: validDate(event['created_at']),
    text,
  };
}

/** Typed text of a message; for rich messages (cards, quick replies) their visible titles. */
function eventText(event: Record<string, unknown>): string {
  if (event['type'] === 'message') return typeof event['text'] === 'string' ? event['text'].trim() : '';
  if (event['type'] !== 'rich_message' || !Array.isArray(event['elements'])) return '';
  return (event['elements'] as unknown[])
    .flatMap((element) => (isRecord(element) ? [element['title'], element['subtitle']] : []))
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n')
    .trim();
}

function roleOf(author: string | null, userTypes: ReadonlyMap<string, string>, options: ReadOptions): Role | null {
  if (author === null) return null;
  const type = userTypes.get(author);
  if (type === 'customer') return 'customer';
  if (type === 'agent' || type === 'bot') return 'shop';
  return isShopAuthor(author, options.shop) ? 'shop' : 'customer';
}
