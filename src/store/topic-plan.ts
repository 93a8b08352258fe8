import type { TopicPlan } from '../model.js';
import type { Db } from './database.js';

/** What applying a plan changed, for the command's summary. */
export interface AppliedPlan {
  created: number;
  kept: number;
  removed: number;
  assigned: number;
  unassigned: number;
}

/**
 * Writes a reconciliation plan: creates, updates and deletes topics and moves questions. Runs in
 * the caller's transaction (the recluster use case). Editors' columns (status, merged_into,
 * pinned) are never written here; sizes and scores are saved afterwards by the caller.
 */
export function applyTopicPlan(db: Db, plan: TopicPlan, now: Date): AppliedPlan {
  const stamp = now.toISOString();
  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM questions WHERE id = ?');
  const insertTopic = db.prepare<{ label: string; keywords: string; stamp: string }>(
    `INSERT INTO topics (label, keywords, status, created_at, updated_at) VALUES (@label, @keywords, 'new', @stamp, @stamp)`,
  );
  // A topic an editor is working on keeps the label they know it by.
  const updateTopic = db.prepare<{ id: number; label: string | null; keywords: string | null; stamp: string }>(
    `UPDATE topics SET label = CASE WHEN @label IS NOT NULL AND status = 'new' AND renamed = 0 THEN @label ELSE label END,
                       keywords = COALESCE(@keywords, keywords), updated_at = @stamp
     WHERE id = @id`,
  );
  const deleteTopic = db.prepare<[number]>('DELETE FROM topics WHERE id = ?');

  const result: AppliedPlan = { created: 0, kept: 0, removed: 0, assigned: 0, unassigned: plan.unassigned.length };
  const labelOf = (question: number | null): string | null => (question === null ? null : (textOf.get(question)?.text ?? null));
  const moves = new Map<number, number | null>();
  for (const topic of plan.topics) {
    let id = topic.id;
    const keywords = topic.keywords === null ? null : JSON.stringify(topic.keywords);
    if (id === null) {
      const label = labelOf(topic.representative) ?? labelOf(topic.members[0] ?? null) ?? '';
      id = Number(insertTopic.run({ label, keywords: keywords ?? '[]', stamp }).lastInsertRowid);
      result.created += 1;
    } else {
      updateTopic.run({ id, label: labelOf(topic.representative), keywords, stamp });
      result.kept += 1;
    }
    for (const question of topic.members) moves.set(question, id);
    result.assigned += topic.members.length;
  }
  for (const question of plan.unassigned) moves.set(question, null);
  setQuestionTopics(db, moves);
  for (const id of plan.removed) result.removed += deleteTopic.run(id).changes;
  return result;
}

/** Rows per INSERT when staging topic moves (two parameters each, well under SQLite's limit). */
const MOVES_PER_INSERT = 500;

/**
 * Sets the topic of many questions at once: the moves are staged in a temporary table in id
 * order and applied by one UPDATE ... FROM that touches only questions whose topic changes. At a
 * million questions this is several times faster than one UPDATE per question, each a statement
 * of its own visiting the table and its topic index in random order. When most questions move
 * (a first clustering), the topic index is rebuilt once after the update instead of being
 * updated question by question. Runs in the caller's transaction.
 */
function setQuestionTopics(db: Db, moves: ReadonlyMap<number, number | null>): void {
  db.exec('CREATE TEMP TABLE topic_moves (question INTEGER PRIMARY KEY, topic INTEGER)');
  const insertSql = (rows: number): string => `INSERT INTO topic_moves (question, topic) VALUES ${Array(rows).fill('(?, ?)').join(', ')}`;
  const insertBatch = db.prepare(insertSql(MOVES_PER_INSERT));
  const sorted = [...moves.keys()].sort((a, b) => a - b);
  const values: (number | null)[] = [];
  for (let at = 0; at < sorted.length; at += MOVES_PER_INSERT) {
    const batch = sorted.slice(at, at + MOVES_PER_INSERT);
    values.length = 0;
    for (const question of batch) values.push(question, moves.get(question)!);
    (batch.length === MOVES_PER_INSERT ? insertBatch : db.prepare(insertSql(batch.length))).run(values);
  }
  const { changing } = db
    .prepare<[], { changing: number }>('SELECT COUNT(*) AS changing FROM topic_moves m JOIN questions q ON q.id = m.question WHERE q.topic_id IS NOT m.topic')
    .get()!;
  const { total } = db.prepare<[], { total: number }>('SELECT COUNT(*) AS total FROM questions').get()!;
  const index = changing * 2 > total
    ? db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'questions_topic'").get()
    : undefined;
  if (index) db.exec('DROP INDEX questions_topic');
  db.prepare(
    `UPDATE questions SET topic_id = m.topic FROM topic_moves AS m
     WHERE questions.id = m.question AND questions.topic_id IS NOT m.topic`,
  ).run();
  if (index) db.exec(index.sql);
  db.exec('DROP TABLE temp.topic_moves');
}

/**
 * Puts questions into topics chosen by incremental assignment (null leaves a question without
 * topic); a question placed or pinned meanwhile is left alone. Returns how many moved.
 */
export function assignQuestions(db: Db, assignments: ReadonlyMap<number, number | null>): number {
  const move = db.prepare<[number, number]>('UPDATE questions SET topic_id = ? WHERE id = ? AND topic_id IS NULL AND pinned = 0');
  let assigned = 0;
  for (const [question, topic] of assignments) {
    if (topic !== null) assigned += move.run(topic, question).changes;
  }
  return assigned;
}
