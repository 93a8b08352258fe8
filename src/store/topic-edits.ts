import { ConfigError, NotFoundError } from '../errors.js';
import { TOPIC_STATUSES, type TopicStatus } from '../model.js';
import type { Db } from './database.js';
import { refreshTopicStats } from './topics.js';

/*
 * Editors' decisions about topics. Re-clustering reads them back: `pinned` questions stay where
 * an editor put them, `merged_into` topics stay merged, statuses other than 'new' are kept.
 */

export function isTopicStatus(value: string): value is TopicStatus {
  return (TOPIC_STATUSES as readonly string[]).includes(value);
}

function touch(db: Db, topicId: number, now: Date): void {
  db.prepare('UPDATE topics SET updated_at = ? WHERE id = ?').run(now.toISOString(), topicId);
}

/** A topic an editor can still act on: it exists and was not merged into another. */
function requireStandingTopic(db: Db, id: number): void {
  const topic = db.prepare('SELECT merged_into AS mergedInto FROM topics WHERE id = ?').get(id) as
    | { mergedInto: number | null }
    | undefined;
  if (!topic) throw new NotFoundError('topic', id);
  if (topic.mergedInto !== null) {
    throw new ConfigError(`Topic ${id} was merged into topic ${topic.mergedInto}; work on that topic instead.`);
  }
}

export function setTopicStatus(db: Db, topicId: number, status: TopicStatus, now = new Date()): void {
  requireStandingTopic(db, topicId);
  db.prepare('UPDATE topics SET status = ?, updated_at = ? WHERE id = ?').run(status, now.toISOString(), topicId);
}

/** Moves questions to another topic and pins them there so re-clustering leaves them alone. */
export function moveQuestions(db: Db, questionIds: readonly number[], targetTopicId: number, now = new Date()): void {
  db.transaction(() => {
    requireStandingTopic(db, targetTopicId);
    const find = db.prepare('SELECT topic_id AS topicId FROM questions WHERE id = ?');
    const move = db.prepare('UPDATE questions SET topic_id = ?, pinned = 1 WHERE id = ?');
    const touched = new Set([targetTopicId]);
    for (const questionId of questionIds) {
      const question = find.get(questionId) as { topicId: number | null } | undefined;
      if (!question) throw new NotFoundError('question', questionId);
      if (question.topicId !== null) touched.add(question.topicId);
      move.run(targetTopicId, questionId);
    }
    for (const topicId of touched) touch(db, topicId, now);
    refreshTopicStats(db, now, [...touched]);
  })();
}

/** Merges topic `fromId` into `intoId`: its questions move there and it disappears from lists. */
export function mergeTopic(db: Db, fromId: number, intoId: number, now = new Date()): void {
  if (fromId === intoId) throw new ConfigError('A topic cannot be merged into itself. Choose another topic.');
  db.transaction(() => {
    requireStandingTopic(db, fromId);
    requireStandingTopic(db, intoId);
    db.prepare('UPDATE topics SET merged_into = ?, updated_at = ? WHERE id = ?').run(intoId, now.toISOString(), fromId);
    // Topics merged earlier into `fromId` follow it, so no chain points at a merged topic.
    db.prepare('UPDATE topics SET merged_into = ? WHERE merged_into = ?').run(intoId, fromId);
    db.prepare('UPDATE questions SET topic_id = ? WHERE topic_id = ?').run(intoId, fromId);
    touch(db, intoId, now);
    refreshTopicStats(db, now, [fromId, intoId]);
  })();
}
