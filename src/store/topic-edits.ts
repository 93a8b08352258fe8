import { ConfigError, NotFoundError } from '../errors.js';
import { TOPIC_STATUSES, type TopicStatus } from '../model.js';
import type { Db } from './database.js';

/*
 * Editors' decisions about topics. Re-clustering reads them back: `pinned` questions stay where
 * an editor put them, `merged_into` topics stay merged, statuses other than 'new' are kept.
 */

export interface EditorTopic {
  id: number;
  label: string;
  keywords: string[];
  size: number;
  score: number;
  status: TopicStatus;
  lang: string;
  mergedInto: number | null;
  updatedAt: string;
}

export interface EditorQuestion {
  id: number;
  text: string;
  channel: string;
  lang: string;
  askedAt: string | null;
  pinned: boolean;
}

interface TopicRow extends Omit<EditorTopic, 'keywords'> {
  keywords: string;
}

const TOPIC_COLUMNS = `id, label, keywords, size, score, status, lang, merged_into AS mergedInto, updated_at AS updatedAt`;

function parseTopic(row: TopicRow): EditorTopic {
  let keywords: unknown;
  try {
    keywords = JSON.parse(row.keywords);
  } catch {
    keywords = [];
  }
  return { ...row, keywords: Array.isArray(keywords) ? keywords.map(String) : [] };
}

export function isTopicStatus(value: string): value is TopicStatus {
  return (TOPIC_STATUSES as readonly string[]).includes(value);
}

/** Topics still standing on their own (not merged away), best score first. */
export function listTopicsForEditor(db: Db, filter: { status?: TopicStatus; limit?: number } = {}): EditorTopic[] {
  const rows = db
    .prepare(
      `SELECT ${TOPIC_COLUMNS} FROM topics
       WHERE merged_into IS NULL AND (@status IS NULL OR status = @status)
       ORDER BY score DESC, size DESC, id LIMIT @limit`,
    )
    .all({ status: filter.status ?? null, limit: filter.limit ?? -1 }) as TopicRow[];
  return rows.map(parseTopic);
}

export function getTopicForEditor(db: Db, id: number): EditorTopic {
  const row = db.prepare(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE id = ?`).get(id) as TopicRow | undefined;
  if (!row) throw new NotFoundError('topic', id);
  return parseTopic(row);
}

export function listTopicQuestionsForEditor(db: Db, topicId: number, limit = 200): EditorQuestion[] {
  const rows = db
    .prepare(
      `SELECT id, text, channel, lang, asked_at AS askedAt, pinned FROM questions
       WHERE topic_id = ? ORDER BY asked_at DESC, id DESC LIMIT ?`,
    )
    .all(topicId, limit) as (Omit<EditorQuestion, 'pinned'> & { pinned: number })[];
  return rows.map((row) => ({ ...row, pinned: row.pinned === 1 }));
}

function touch(db: Db, topicId: number, now: Date): void {
  db.prepare('UPDATE topics SET updated_at = ? WHERE id = ?').run(now.toISOString(), topicId);
}

function refreshSize(db: Db, topicId: number): void {
  db.prepare('UPDATE topics SET size = (SELECT COUNT(*) FROM questions WHERE topic_id = ?) WHERE id = ?').run(
    topicId,
    topicId,
  );
}

/** A topic an editor can still act on: it exists and was not merged into another. */
function requireStandingTopic(db: Db, id: number): EditorTopic {
  const topic = getTopicForEditor(db, id);
  if (topic.mergedInto !== null) {
    throw new ConfigError(`Topic ${id} was merged into topic ${topic.mergedInto}; work on that topic instead.`);
  }
  return topic;
}

export function setTopicStatus(db: Db, topicId: number, status: TopicStatus, now = new Date()): void {
  requireStandingTopic(db, topicId);
  db.prepare('UPDATE topics SET status = ?, updated_at = ? WHERE id = ?').run(status, now.toISOString(), topicId);
}

export function ignoreTopic(db: Db, topicId: number, now = new Date()): void {
  setTopicStatus(db, topicId, 'ignored', now);
}

/** Moves one question to another topic and pins it there so re-clustering leaves it alone. */
export function moveQuestion(db: Db, questionId: number, targetTopicId: number, now = new Date()): void {
  db.transaction(() => {
    const question = db.prepare('SELECT topic_id AS topicId FROM questions WHERE id = ?').get(questionId) as
      | { topicId: number | null }
      | undefined;
    if (!question) throw new NotFoundError('question', questionId);
    requireStandingTopic(db, targetTopicId);
    db.prepare('UPDATE questions SET topic_id = ?, pinned = 1 WHERE id = ?').run(targetTopicId, questionId);
    refreshSize(db, targetTopicId);
    touch(db, targetTopicId, now);
    if (question.topicId !== null && question.topicId !== targetTopicId) {
      refreshSize(db, question.topicId);
      touch(db, question.topicId, now);
    }
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
    refreshSize(db, fromId);
    refreshSize(db, intoId);
    touch(db, intoId, now);
  })();
}
