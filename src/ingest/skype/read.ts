import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { htmlToText } from '../html/index.js';
import { isRecord } from '../json/index.js';
import { streamJson } from '../json/index.js';
import { isShopAuthor } from '../shop/index.js';
import { isTar, tarMemberChunks } from './tar-entries.js';
import { validDate } from '../time/index.js';

/** Message types that carry typed text; calls, files, contacts, polls and thread events do not. */
const TEXT_TYPES = new Set(['Text', 'RichText']);

/**
 * Reads the Skype export (messages.json, or the .tar it comes in) one conversation at a time.
 * The shop is the account that made the export (`userId`) plus anyone matching --shop.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const source = isTar(await readHead(path))
    ? tarMemberChunks(
        path,
        (name) => /(^|\/)messages\.json$/.test(name),
        'this .tar has no messages.json, so it is not a Skype export; export the chat history from Skype again',
      )
    : (createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>);

  let owner: string | null = null;
  // The export's own account, matched like a --shop entry (one list, so it is prepared once).
  let ownAccount: readonly string[] = [];
  let hasConversations = false;
  // Conversations that come before `userId` wait for it (exports normally put userId first).
  const waiting: { value: unknown; line: number }[] = [];
  for await (const part of streamJson(source, path, 'conversations', options.onProgress)) {
    if (part.kind === 'member') {
      if (part.key === 'userId' && typeof part.value === 'string') {
        owner = part.value;
        ownAccount = [owner];
      }
      if (part.key === 'conversations') hasConversations = true;
      continue;
    }
    hasConversations = true;
    if (owner === null) {
      waiting.push(part);
      continue;
    }
    const conversation = toConversation(part.value, part.line, ownAccount, path, options);
    if (conversation) yield conversation;
  }
  if (!hasConversations) {
    throw new ParseError(path, null, 'there is no "conversations" list, so this is not a Skype messages.json export');
  }
  if (owner === null && waiting.length > 0 && options.shop.length === 0) {
    throw new ParseError(
      path,
      null,
      'the export has no "userId", so faqtory cannot tell the shop\'s messages from the customers\'; pass --shop with the shop\'s Skype name',
    );
  }
  for (const part of waiting) {
    const conversation = toConversation(part.value, part.line, ownAccount, path, options);
    if (conversation) yield conversation;
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const EDIT_MARKER = /^Edited previous message:\s*/;

function toConversation(
  value: unknown,
  line: number,
  ownAccount: readonly string[],
  path: string,
  options: ReadOptions,
): RawConversation | null {
  if (!isRecord(value) || !Array.isArray(value['MessageList'])) {
    throw new ParseError(path, line, 'a conversation without a "MessageList"; this does not look like a Skype export');
  }
  const conversationId = String(value['id'] ?? '');
  const read: { message: RawMessage; isEdit: boolean }[] = [];
  for (const entry of value['MessageList'] as unknown[]) {
    if (!isRecord(entry)) continue;
    const message = toMessage(entry, ownAccount, options);
    if (message) read.push({ message, isEdit: EDIT_MARKER.test(String(entry['content'])) });
  }
  // The export lists newest first; conversations read oldest first.
  read.sort((a, b) => (a.message.sentAt?.getTime() ?? 0) - (b.message.sentAt?.getTime() ?? 0));
  const messages: RawMessage[] = [];
  for (const { message, isEdit } of read) {
    // An edit corrects the author's previous message: keep one message with the corrected text.
    const edited = isEdit ? messages.findLast((m) => m.author === message.author) : undefined;
    if (edited) edited.text = message.text;
    else messages.push(message);
  }
  if (messages.length === 0) return null;
  return { id: conversationId, kind: 'chat', messages };
}

function toMessage(entry: Record<string, unknown>, ownAccount: readonly string[], options: ReadOptions): RawMessage | null {
  if (!TEXT_TYPES.has(String(entry['messagetype']))) return null;
  const id = entry['id'];
  const content = entry['content'];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof content !== 'string') return null;
  const properties = entry['properties'];
  if (isRecord(properties) && properties['deletetime']) return null;
  // An edit arrives as a new message that repeats the whole corrected text after this marker.
  const text = htmlToText(content.replace(EDIT_MARKER, ''), 'message');
  if (!text) return null;
  const from = typeof entry['from'] === 'string' ? entry['from'] : null;
  const displayName = typeof entry['displayName'] === 'string' ? entry['displayName'] : null;
  const isShop =
    (from !== null && isShopAuthor(from, ownAccount)) ||
    isShopAuthor(from, options.shop) ||
    isShopAuthor(displayName, options.shop);
  return {
    ref: String(id),
    key: `skype:${id}`,
    role: isShop ? 'shop' : 'customer',
    author: from ?? displayName,
    sentAt: validDate(entry['originalarrivaltime']),
    text,
  };
}
