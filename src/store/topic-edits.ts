import { because } from '../error-reasons.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { TopicStatus } from '../model.js';
import type { Db } from './database.js';

/*
 * Editors' decisions about topics. Re-clustering reads them back: `pinned` questions stay where
 * an editor put them, `merged_into` topics stay merged, statuses other than 'new' are kept.
 * These run inside the transaction of the use case that calls them.
 */

/** A topic an editor can still act on: it exists and was not merged into another. */
export function requireStandingTopic(db: Db, id: number): void {
  const topic = db.prepare<[number], { mergedInto: number | null }>('SELECT merged_into AS mergedInto FROM topics WHERE id = ?').get(id);
  if (!topic) throw new NotFoundError('topic', id);
  if (topic.mergedInto !== null) {
    throw new ConflictError(because('topic.merged', { id, into: topic.mergedInto }), 'topic', id);
  }
}

export function touchTopics(db: Db, topicIds: Iterable<number>, now: Date): void {
  const touch = db.prepare<[string, number]>('UPDATE topics SET updated_at = ? WHERE id = ?');
  for (const id of topicIds) touch.run(now.toISOString(), id);
}

export function setTopicStatus(db: Db, topicId: number, status: TopicStatus, now: Date): void {
  db.prepare<[TopicStatus, string, number]>('UPDATE topics SET status = ?, updated_at = ? WHERE id = ?').run(status, now.toISOString(), topicId);
}

/** A topic an editor made by hand (split): label given, status 'new', no questions yet. */
export function createTopic(db: Db, label: string, now: Date, keywords: readonly string[] = []): number {
  const stamp = now.toISOString();
  return Number(
    db
      .prepare<[string, string, string, string]>(`INSERT INTO topics (label, keywords, status, created_at, updated_at) VALUES (?, ?, 'new', ?, ?)`)
      .run(label, JSON.stringify(keywords), stamp, stamp).lastInsertRowid,
  );
}

/**
 * Moves questions to a topic and pins them there so re-clustering leaves them alone. Returns
 * the topics the questions came from.
 */
export function pinQuestionsTo(db: Db, questionIds: readonly number[], targetTopicId: number): Set<number> {
  const find = db.prepare<[number], { topicId: number | null }>('SELECT topic_id AS topicId FROM questions WHERE id = ?');
  const move = db.prepare<[number, number]>('UPDATE questions SET topic_id = ?, pinned = 1 WHERE id = ?');
  const sources = new Set<number>();
  for (const questionId of questionIds) {
    const question = find.get(questionId);
    if (!question) throw new NotFoundError('question', questionId);
    if (question.topicId !== null) sources.add(question.topicId);
    move.run(targetTopicId, questionId);
  }
  return sources;
}

/** Merges topic `fromId` into `intoId`: its questions move there and it disappears from lists. */
export function mergeTopicInto(db: Db, fromId: number, intoId: number, now: Date): void {
  db.prepare<[number, string, number]>('UPDATE topics SET merged_into = ?, updated_at = ? WHERE id = ?').run(intoId, now.toISOString(), fromId);
  // Topics merged earlier into `fromId` follow it, so no chain points at a merged topic.
  db.prepare<[number, number]>('UPDATE topics SET merged_into = ? WHERE merged_into = ?').run(intoId, fromId);
  db.prepare<[number, number]>('UPDATE questions SET topic_id = ? WHERE topic_id = ?').run(intoId, fromId);
}

/** An editor's name for a topic; re-clustering keeps it. */
export function setTopicLabel(db: Db, topicId: number, label: string, now: Date): void {
  db.prepare<[string, string, number]>('UPDATE topics SET label = ?, renamed = 1, updated_at = ? WHERE id = ?').run(label, now.toISOString(), topicId);
}

/** The questions of a topic, before a merge moves them. */
export function questionIdsOf(db: Db, topicId: number): number[] {
  return db.prepare<[number], { id: number }>('SELECT id FROM questions WHERE topic_id = ?').all(topicId).map((row) => row.id);
}

/** A merge that can still be undone: where the topic went and which questions it took along. */
export interface MergeRecord {
  fromId: number;
  intoId: number;
  questionIds: number[];
  mergedAt: string;
}

export function recordMerge(db: Db, merge: MergeRecord): void {
  db.prepare<[number, number, string, string]>(
    `INSERT INTO topic_merges (from_topic_id, into_topic_id, question_ids, merged_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (from_topic_id) DO UPDATE SET into_topic_id = excluded.into_topic_id,
       question_ids = excluded.question_ids, merged_at = excluded.merged_at`,
  ).run(merge.fromId, merge.intoId, JSON.stringify(merge.questionIds), merge.mergedAt);
}

/** Merges into `intoId` that can be undone, newest first. */
export function listMergesInto(db: Db, intoId: number): (MergeRecord & { label: string })[] {
  return db
    .prepare<[number], { fromId: number; intoId: number; questionIds: string; mergedAt: string; label: string }>(
      `SELECT m.from_topic_id AS fromId, m.into_topic_id AS intoId, m.question_ids AS questionIds, m.merged_at AS mergedAt, t.label
       FROM topic_merges m JOIN topics t ON t.id = m.from_topic_id
       WHERE m.into_topic_id = ? AND t.merged_into = m.into_topic_id ORDER BY m.merged_at DESC`,
    )
    .all(intoId)
    .map((row) => ({ ...row, questionIds: JSON.parse(row.questionIds) as number[] }));
}

export function findMerge(db: Db, fromId: number): MergeRecord | undefined {
  const row = db
    .prepare<[number], { fromId: number; intoId: number; questionIds: string; mergedAt: string }>(
      `SELECT from_topic_id AS fromId, into_topic_id AS intoId, question_ids AS questionIds, merged_at AS mergedAt
       FROM topic_merges WHERE from_topic_id = ?`,
    )
    .get(fromId);
  return row && { ...row, questionIds: JSON.parse(row.questionIds) as number[] };
}

/**
 * Undoes a merge: the topic stands again and takes back those of its questions that are still
 * in the topic it was merged into (an editor may have moved some on since).
 */
export function unmergeTopic(db: Db, merge: MergeRecord, now: Date): void {
  db.prepare<[string, number]>('UPDATE topics SET merged_into = NULL, updated_at = ? WHERE id = ?').run(now.toISOString(), merge.fromId);
  db.prepare<[number, number, string]>(
    'UPDATE questions SET topic_id = ? WHERE topic_id = ? AND id IN (SELECT value FROM json_each(?))',
  ).run(merge.fromId, merge.intoId, JSON.stringify(merge.questionIds));
  db.prepare<[number]>('DELETE FROM topic_merges WHERE from_topic_id = ?').run(merge.fromId);
}
