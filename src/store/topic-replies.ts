import type { Channel, Lang, TopicReplies } from '../model.js';
import type { Db } from './database.js';
import { stringPool } from './string-pool.js';

/** One reply the shop gave to a question of the topic. */
export interface StoredTopicReply {
  text: string;
  channel: Channel;
  lang: Lang;
}

/**
 * The replies given to each topic's questions (every topic, or those in `only`); a reply that
 * answered two questions of one message counts once. Topics without replies are listed empty,
 * so what was stored for them before is cleared.
 */
export function loadTopicReplies(db: Db, only?: readonly number[]): Map<number, StoredTopicReply[]> {
  const ids = only ?? db.prepare<[], { id: number }>('SELECT id FROM topics').all().map((row) => row.id);
  const perTopic = new Map<number, StoredTopicReply[]>(ids.map((id) => [id, []]));
  const inOnly = only ? `IN (${only.map(() => '?').join(', ')})` : 'IS NOT NULL';
  const rows = db
    .prepare<number[], [number, number, string, Channel, Lang]>(
      `SELECT q.topic_id, r.id, r.reply_text, q.channel, q.lang
       FROM questions q JOIN messages r ON r.id = q.reply_message_id
       WHERE q.topic_id ${inOnly} AND r.reply_text IS NOT NULL`,
    )
    .raw()
    .iterate(...(only ?? []));
  // Counted once per topic here rather than by SQL DISTINCT, which would sort every reply's text.
  // A reply answers one question, or a few of one message, nearly always in one topic: the
  // topic it was last counted for is enough to remember.
  const countedFor = new Map<number, number>();
  const shared = stringPool();
  for (const [topicId, replyId, text, channel, lang] of rows) {
    if (countedFor.get(replyId) === topicId) continue;
    countedFor.set(replyId, topicId);
    perTopic.get(topicId)?.push({ text: shared(text), channel, lang });
  }
  return perTopic;
}

/** Saves what each topic's replies say; null for a topic without replies. */
export function saveTopicReplies(db: Db, replies: ReadonlyMap<number, TopicReplies | null>): void {
  const update = db.prepare<[string | null, number]>('UPDATE topics SET shop_replies = ? WHERE id = ?');
  for (const [topicId, summary] of replies) update.run(summary === null ? null : JSON.stringify(summary), topicId);
}
