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
  const moveQuestion = db.prepare<{ topic: number | null; question: number }>(
    'UPDATE questions SET topic_id = @topic WHERE id = @question AND topic_id IS NOT @topic',
  );

  const result: AppliedPlan = { created: 0, kept: 0, removed: 0, assigned: 0, unassigned: plan.unassigned.length };
  const labelOf = (question: number | null): string | null => (question === null ? null : (textOf.get(question)?.text ?? null));
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
    for (const question of topic.members) moveQuestion.run({ topic: id, question });
    result.assigned += topic.members.length;
  }
  for (const question of plan.unassigned) moveQuestion.run({ topic: null, question });
  for (const id of plan.removed) result.removed += deleteTopic.run(id).changes;
  return result;
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
