import { basename, dirname } from 'node:path';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { isValidUtf8 } from '../encoding/index.js';
import { isRecord, readJsonFile } from '../json/index.js';
import { isShopAuthor } from '../shop/index.js';
import { validDate } from '../time/index.js';

/**
 * Reads one Messenger thread file. The shop is the page (or person) that downloaded it: the
 * participant matching --shop, else the participant who is not the thread's title (a one-to-one
 * thread is titled with the other person's name), else the last participant.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const data = repairMojibake(await readJsonFile(path, options.onProgress));
  if (!isRecord(data) || !Array.isArray(data['messages']) || !Array.isArray(data['participants'])) {
    throw new ParseError(
      path,
      null,
      'there are no "participants" and "messages", so this is not a Messenger message_N.json file',
    );
  }
  const threadPath =
    typeof data['thread_path'] === 'string' ? data['thread_path'] : `${basename(dirname(dirname(path)))}/${basename(dirname(path))}`;
  const participants = (data['participants'] as unknown[])
    .map((participant) => (isRecord(participant) ? participant['name'] : undefined))
    .filter((name): name is string => typeof name === 'string');
  const owner = findOwner(participants, typeof data['title'] === 'string' ? data['title'] : null, options.shop);

  const messages: RawMessage[] = [];
  for (const entry of data['messages'] as unknown[]) {
    if (!isRecord(entry)) continue;
    const message = toMessage(entry, threadPath, owner, options);
    if (message) messages.push(message);
  }
  if (messages.length === 0) return;
  // The export lists newest first.
  messages.sort((a, b) => (a.sentAt?.getTime() ?? 0) - (b.sentAt?.getTime() ?? 0));
  yield { id: threadPath, kind: 'chat', messages };
}

function findOwner(participants: readonly string[], title: string | null, shop: readonly string[]): string | null {
  const named = participants.find((name) => isShopAuthor(name, shop));
  if (named) return named;
  if (participants.length === 2 && title !== null) {
    const others = participants.filter((name) => name !== title);
    if (others.length === 1) return others[0]!;
  }
  return participants.at(-1) ?? null;
}

function toMessage(
  entry: Record<string, unknown>,
  threadPath: string,
  owner: string | null,
  options: ReadOptions,
): RawMessage | null {
  // Calls, shared links, joins and leaves have their own types; only Generic is typed text.
  if (entry['type'] !== undefined && entry['type'] !== 'Generic') return null;
  if (entry['is_unsent'] === true) return null;
  const content = typeof entry['content'] === 'string' ? entry['content'].trim() : '';
  const timestamp = entry['timestamp_ms'];
  if (!content || typeof timestamp !== 'number') return null;
  const share = entry['share'];
  if (isRecord(share) && share['link'] === content) return null;
  const sender = typeof entry['sender_name'] === 'string' ? entry['sender_name'] : null;
  const isShop = (owner !== null && sender === owner) || isShopAuthor(sender, options.shop);
  return {
    ref: `${threadPath}#${timestamp}`,
    role: isShop ? 'shop' : 'customer',
    author: sender,
    sentAt: validDate(timestamp),
    text: content,
  };
}

/**
 * Facebook writes UTF-8 bytes as one \u00XX escape each, so "ó" arrives as "Ã³". Every string
 * made only of such code points that forms valid UTF-8 as bytes is decoded again.
 */
export function repairMojibake(value: unknown): unknown {
  if (typeof value === 'string') return repairString(value);
  if (Array.isArray(value)) return value.map(repairMojibake);
  if (isRecord(value)) {
    const repaired: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) repaired[key] = repairMojibake(inner);
    return repaired;
  }
  return value;
}

function repairString(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Buffer.from(text, 'latin1');
  return isValidUtf8(bytes) ? bytes.toString('utf8') : text;
}
