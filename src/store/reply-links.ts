import type { Role } from '../model.js';
import type { Db } from './database.js';

/*
 * Which stored message answered which question. The messages of a conversation can come from
 * several files (an Inbox and a Sent folder, an export a month later), so the link is decided
 * over the stored conversation in time order, by the caller (text/reply `pickReplies`).
 */

/** One stored message as reply matching reads it. */
export interface StoredReplyStep {
  messageId: number;
  role: Role;
  /** 'answer' when the message answers something (stored messages keep no other kind). */
  reply: 'answer' | null;
  /** Whether a question was taken from this message. */
  asks: boolean;
  /** The reply its questions point at now (null without questions or reply). */
  linked: number | null;
}

export interface ConversationSteps {
  conversationId: number;
  steps: StoredReplyStep[];
}

/**
 * Every conversation that has a message from `sourceId` and a reply anywhere in it, its messages
 * in time order (messages without a time keep the order they were stored in). Conversations
 * without a reply have nothing to link: a plain-text import reads no more than its own index.
 */
export function* loadConversationsOfSource(db: Db, sourceId: number): Generator<ConversationSteps> {
  const rows = db
    .prepare<[number], { conversationId: number; messageId: number; role: Role; reply: StoredReplyStep['reply']; asks: number; linked: number | null }>(
      `SELECT m.conversation_id AS conversationId, m.id AS messageId, m.role,
              CASE WHEN m.reply_text IS NULL THEN NULL ELSE 'answer' END AS reply,
              q.id IS NOT NULL AS asks, q.reply_message_id AS linked
       FROM messages m
       LEFT JOIN questions q ON q.id = (SELECT MIN(id) FROM questions WHERE message_id = m.id)
       WHERE m.conversation_id IN (
         -- Each conversation of the file once, then whether it has a reply (not once per message).
         SELECT f.conversation_id FROM (SELECT DISTINCT conversation_id FROM messages WHERE source_id = ?) f
         WHERE EXISTS (SELECT 1 FROM messages r WHERE r.conversation_id = f.conversation_id AND r.reply_text IS NOT NULL)
       )
       ORDER BY m.conversation_id, m.sent_at, m.id`,
    )
    .iterate(sourceId);
  let current = null as ConversationSteps | null;
  for (const { conversationId, asks, ...step } of rows) {
    if (current?.conversationId !== conversationId) {
      if (current) yield current;
      current = { conversationId, steps: [] };
    }
    current.steps.push({ ...step, asks: asks === 1 });
  }
  if (current) yield current;
}

/** Points the questions of each message at the message that answered them (null: unanswered). */
export function saveReplyLinks(db: Db, links: readonly { questionMessageId: number; replyMessageId: number | null }[]): void {
  const update = db.prepare<[number | null, number]>('UPDATE questions SET reply_message_id = ? WHERE message_id = ?');
  for (const link of links) update.run(link.replyMessageId, link.questionMessageId);
}

/** Where each answered question's reply was found: the export file and the message's native ref. */
export function replyOrigins(db: Db): Map<number, { file: string; ref: string }> {
  const rows = db
    .prepare<[], { id: number; file: string; ref: string }>(
      `SELECT q.id, s.path AS file, r.ref FROM questions q
       JOIN messages r ON r.id = q.reply_message_id JOIN sources s ON s.id = r.source_id`,
    )
    .all();
  return new Map(rows.map((row) => [row.id, { file: row.file, ref: row.ref }]));
}
