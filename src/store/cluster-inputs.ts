import type { ClusterItem, PreviousTopic, TopicStatus } from '../model.js';
import type { Db } from './database.js';
import { stringPool } from './string-pool.js';

/*
 * What clustering reads from the store: questions to group, the topics it must reconcile with,
 * and each topic's questions for computing centroids.
 */

const ITEM_COLUMNS = 'q.id, q.text, q.lang, r.reply_text AS reply';
const ITEM_SOURCE = 'FROM questions q LEFT JOIN messages r ON r.id = q.reply_message_id';

/**
 * Questions to cluster: all of them, or only those in no topic yet (incremental runs). A question
 * an editor pinned outside every topic (taken out by hand) is left out of both.
 */
export function loadClusterItems(db: Db, which: 'all' | 'unassigned' = 'all'): ClusterItem[] {
  const where = which === 'all' ? 'WHERE NOT (q.pinned = 1 AND q.topic_id IS NULL)' : 'WHERE q.topic_id IS NULL AND q.pinned = 0';
  const shared = stringPool();
  const items: ClusterItem[] = [];
  for (const item of db.prepare<[], ClusterItem>(`SELECT ${ITEM_COLUMNS} ${ITEM_SOURCE} ${where} ORDER BY q.id`).iterate()) {
    if (item.reply) item.reply = shared(item.reply);
    items.push(item);
  }
  return items;
}

/** Every topic with its current questions and the editors' decisions that reconciliation must honour. */
export function loadPreviousTopics(db: Db): PreviousTopic[] {
  const topics = new Map<number, PreviousTopic>();
  const rows = db
    .prepare<[], { id: number; status: TopicStatus; mergedInto: number | null; hasAnswer: number }>(
      `SELECT t.id, t.status, t.merged_into AS mergedInto,
              EXISTS (SELECT 1 FROM answers a WHERE a.topic_id = t.id) AS hasAnswer
       FROM topics t ORDER BY t.id`,
    )
    .all();
  for (const row of rows) {
    topics.set(row.id, { id: row.id, status: row.status, mergedInto: row.mergedInto, hasAnswer: row.hasAnswer === 1, members: [], pinned: [] });
  }
  const members = db
    .prepare<[], { id: number; topicId: number; pinned: number }>(
      'SELECT id, topic_id AS topicId, pinned FROM questions WHERE topic_id IS NOT NULL ORDER BY id',
    )
    .iterate();
  for (const question of members) {
    const topic = topics.get(question.topicId);
    if (!topic) continue;
    topic.members.push(question.id);
    if (question.pinned === 1) topic.pinned.push(question.id);
  }
  return [...topics.values()];
}

/** The question ids of each topic that holds questions, ascending (merged topics hold none). */
export function loadTopicMemberIds(db: Db): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  const rows = db
    .prepare<[], { id: number; topicId: number }>(
      // In id order: a scan of the table, where the topic index would cost a random read per question.
      'SELECT id, topic_id AS topicId FROM questions WHERE topic_id IS NOT NULL ORDER BY id',
    )
    .iterate();
  for (const { id, topicId } of rows) {
    const ids = groups.get(topicId);
    if (ids) ids.push(id);
    else groups.set(topicId, [id]);
  }
  return groups;
}
