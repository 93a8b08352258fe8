import { basename, dirname } from 'node:path';
import { ParseError } from '../../errors.js';
import type { RawConversation, RawMessage } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { isValidUtf8 } from '../encoding/index.js';
import { isRecord, readJsonFile } from '../json/index.js';
import { isShopAuthor } from '../shop/index.js';
import { validDate } from '../time/index.js';

/** A thread as both export schemas describe it. */
interface Thread {
  /** Conversation id and the prefix of every ref. */
  path: string;
  participants: string[];
  title: string | null;
  messages: ThreadMessage[];
}

interface ThreadMessage {
  sender: string | null;
  text: string;
  timestamp: unknown;
  unsent: boolean;
  /** False for calls, photos, joins and other non-text entries. */
  typed: boolean;
  /** A shared link whose text is only the link. */
  linkOnly: boolean;
}

/**
 * Reads one Messenger thread file, of either schema: "Download your information" before 2024
 * (`participants[].name`, `sender_name`, `content`, `timestamp_ms`, mojibake) or the export of
 * end-to-end encrypted chats since 2024 (`participants` as names, `threadName`, `senderName`,
 * `text`, `timestamp`). The shop is the page (or person) that downloaded it: the participant
 * matching --shop, else the participant who is not the thread's title (a one-to-one thread is
 * titled with the other person's name), else the last participant.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const thread = toThread(await readJsonFile(path, options.onProgress), path);
  const owner = findOwner(thread.participants, thread.title, options.shop);
  const messages: RawMessage[] = [];
  for (const entry of thread.messages) {
    const message = toMessage(entry, thread.path, owner, options);
    if (message) messages.push(message);
  }
  if (messages.length === 0) return;
  // The export lists newest first.
  messages.sort((a, b) => (a.sentAt?.getTime() ?? 0) - (b.sentAt?.getTime() ?? 0));
  yield { id: thread.path, kind: 'chat', messages };
}

function toThread(json: unknown, path: string): Thread {
  if (!isRecord(json) || !Array.isArray(json['messages']) || !Array.isArray(json['participants'])) {
    throw new ParseError(path, null, 'there are no "participants" and "messages", so this is not a Messenger message_N.json file');
  }
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const entries = json['messages'].filter(isRecord);
  if (typeof json['threadName'] === 'string' || json['participants'].every((p) => typeof p === 'string')) {
    return {
      path: `${basename(dirname(path))}/${basename(path, '.json')}`,
      participants: json['participants'].filter((name): name is string => typeof name === 'string'),
      title: typeof json['threadName'] === 'string' ? json['threadName'] : null,
      messages: entries.map((entry) => ({
        sender: typeof entry['senderName'] === 'string' ? entry['senderName'] : null,
        text: text(entry['text']).trim(),
        timestamp: entry['timestamp'],
        unsent: entry['isUnsent'] === true,
        typed: entry['type'] === undefined || entry['type'] === 'text',
        linkOnly: false,
      })),
    };
  }
  // The shape was checked above; repairing the text keeps it.
  const data = repairMojibake(json) as Record<string, unknown> & { participants: unknown[]; messages: unknown[] };
  return {
    path: typeof data['thread_path'] === 'string' ? data['thread_path'] : `${basename(dirname(dirname(path)))}/${basename(dirname(path))}`,
    participants: data.participants
      .map((participant) => (isRecord(participant) ? participant['name'] : undefined))
      .filter((name): name is string => typeof name === 'string'),
    title: typeof data['title'] === 'string' ? data['title'] : null,
    messages: data.messages.filter(isRecord).map((entry) => {
      const content = text(entry['content']).trim();
      const share = entry['share'];
      return {
        sender: typeof entry['sender_name'] === 'string' ? entry['sender_name'] : null,
        text: content,
        timestamp: entry['timestamp_ms'],
        unsent: entry['is_unsent'] === true,
        // Calls, shared links, joins and leaves have their own types; only Generic is typed text.
        typed: entry['type'] === undefined || entry['type'] === 'Generic',
        linkOnly: isRecord(share) && share['link'] === content,
      };
    }),
  };
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

function toMessage(entry: ThreadMessage, threadPath: string, owner: string | null, options: ReadOptions): RawMessage | null {
  if (!entry.typed || entry.unsent || entry.linkOnly || !entry.text || typeof entry.timestamp !== 'number') return null;
  const isShop = (owner !== null && entry.sender === owner) || isShopAuthor(entry.sender, options.shop);
  return {
    ref: `${threadPath}#${entry.timestamp}`,
    role: isShop ? 'shop' : 'customer',
    author: entry.sender,
    sentAt: validDate(entry.timestamp),
    text: entry.text,
  };
}

/**
 * Facebook writes UTF-8 bytes as one \u00XX escape each, so "ó" arrives as "Ã³". Every string
 * made only of such code points that forms valid UTF-8 as bytes is decoded again.
 */
function repairMojibake(value: unknown): unknown {
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
