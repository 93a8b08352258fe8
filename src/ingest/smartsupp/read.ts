import { basename, dirname, extname } from 'node:path';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage, Role } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { isRecord, readJsonFile } from '../json/index.js';
import { isShopAuthor } from '../shop/index.js';
import { validDate } from '../time/index.js';

const ROLE_BY_TYPE: Readonly<Record<string, Role>> = {
  visitor: 'customer',
  contact: 'customer',
  agent: 'shop',
  bot: 'shop',
  trigger: 'shop',
  system: 'system',
};

/**
 * Reads a Smartsupp conversation JSON (or a list of them), as the dashboard exports it or as a
 * webhook delivers it (`{ event, data: { conversation } }`). `ref` is the conversation id and
 * the message's position in `messages[]`, system messages included, so it always points back at
 * the same entry of the file.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const data = await readJsonFile(path, options.onProgress);
  const conversations = Array.isArray(data) ? data : [data];
  for (const [index, entry] of conversations.entries()) {
    const conversation = unwrapWebhook(entry);
    if (!isRecord(conversation) || !Array.isArray(conversation['messages'])) {
      throw new ParseError(
        path,
        null,
        `${Array.isArray(data) ? `entry ${index + 1} ` : ''}has no "messages" list, so this is not a Smartsupp conversation export`,
      );
    }
    const id = conversationId(conversation, path, Array.isArray(data) ? index : null);
    const visitor = isRecord(conversation['visitor']) ? conversation['visitor'] : {};
    const messages: RawMessage[] = [];
    (conversation['messages'] as unknown[]).forEach((entry, position) => {
      const message = isRecord(entry) ? toMessage(entry, `${id}#${position}`, visitor, options) : null;
      if (message) messages.push(message);
    });
    if (messages.length > 0) yield { id, kind: 'chat', messages };
  }
}

/** A webhook wraps the conversation in `data` (`data.conversation` or `data` itself). */
function unwrapWebhook(entry: unknown): unknown {
  if (!isRecord(entry) || Array.isArray(entry['messages']) || !isRecord(entry['data'])) return entry;
  const data = entry['data'];
  return isRecord(data['conversation']) ? data['conversation'] : data;
}

/**
 * The conversation's own id, else the id of its chat channel (the vendor export and webhooks
 * carry no top-level id), else the file's folder and name: such exports are saved as `data.json`
 * in one folder per conversation, so the name alone would merge them.
 */
function conversationId(conversation: Record<string, unknown>, path: string, index: number | null): string {
  const channel = conversation['channel'];
  const own = stringOf(conversation['id']) ?? (isRecord(channel) ? stringOf(channel['id']) : null);
  if (own !== null) return own;
  const file = `${basename(dirname(path))}/${basename(path, extname(path))}`;
  return index === null ? file : `${file}[${index}]`;
}

function toMessage(
  entry: Record<string, unknown>,
  ref: string,
  visitor: Record<string, unknown>,
  options: ReadOptions,
): RawMessage | null {
  const text = messageText(entry['content'] ?? entry['text']);
  if (!text) return null;
  const from = typeof entry['from'] === 'string' ? entry['from'] : null;
  const role = ROLE_BY_TYPE[String(entry['type'])] ?? (isShopAuthor(from, options.shop) ? 'shop' : 'customer');
  if (role === 'system') return null;
  const author = role === 'customer' ? stringOf(visitor['email']) ?? stringOf(visitor['id']) ?? from : from;
  return { ref, role, author, sentAt: timeOf(entry['sentAt'] ?? entry['createdAt']), text };
}

/** Older exports store the text directly, the API as `{ type: "text", text }`. */
function messageText(content: unknown): string {
  if (typeof content === 'string') return content.trim();
  if (isRecord(content) && typeof content['text'] === 'string') return content['text'].trim();
  return '';
}

function timeOf(value: unknown): Date | null {
  return validDate(value);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
