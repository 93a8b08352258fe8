import type { Db } from './database.js';

/** An element of `faqtory questions --json` (see README "JSON output and message refs"). */
export interface QuestionRow {
  id: number;
  topicId: number | null;
  text: string;
  lang: string;
  channel: string;
  file: string;
  ref: string;
  conversation: string;
  askedAt: string | null;
  /** The shop's (redacted) reply that answered the question; never published. */
  reply: string | null;
  /** When the shop answered (UTC), not when it first wrote "let me check". */
  repliedAt: string | null;
}

export function listQuestions(db: Db, filter: { topicId?: number } = {}): QuestionRow[] {
  const where = filter.topicId === undefined ? '' : 'WHERE q.topic_id = @topicId';
  return db
    .prepare<{ topicId?: number }, QuestionRow>(
      `SELECT q.id, q.topic_id AS topicId, q.text, q.lang, q.channel, q.file, q.ref,
              c.native_id AS conversation, q.asked_at AS askedAt, r.reply_text AS reply, r.sent_at AS repliedAt
       FROM questions q JOIN conversations c ON c.id = q.conversation_id
       LEFT JOIN messages r ON r.id = q.reply_message_id
       ${where}
       ORDER BY q.id`,
    )
    .all(filter.topicId === undefined ? {} : { topicId: filter.topicId });
}

/** A stored question's (redacted) text, or null when there is no such question. */
export function getQuestionText(db: Db, id: number): string | null {
  return db.prepare<[number], { text: string }>('SELECT text FROM questions WHERE id = ?').get(id)?.text ?? null;
}
