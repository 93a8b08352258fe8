import type { Db } from './database.js';

export interface Answer {
  id: number;
  topicId: number;
  question: string;
  bodyMd: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface AnswerVersion {
  id: number;
  question: string;
  bodyMd: string;
  createdAt: string;
  createdBy: string | null;
}

/** What the FAQ site is made of: only what editors wrote, never customers' texts. */
export interface PublishedAnswer {
  topicId: number;
  question: string;
  bodyMd: string;
  lang: string;
  category: string;
  /** The editor's order of categories, then of entries inside a category (smallest first). */
  categoryPosition: number;
  position: number;
  updatedAt: string;
}

export function getAnswerForTopic(db: Db, topicId: number): Answer | undefined {
  return db
    .prepare<[number], Answer>(
      `SELECT a.id, a.topic_id AS topicId, a.question, a.body_md AS bodyMd, a.updated_at AS updatedAt,
              u.name AS updatedBy
       FROM answers a LEFT JOIN users u ON u.id = a.updated_by WHERE a.topic_id = ?`,
    )
    .get(topicId);
}

/**
 * Stores the answer and appends a version, so every save stays in the history. Runs in the
 * caller's transaction (the save-answer use case).
 */
export function saveAnswerVersion(
  db: Db,
  input: { topicId: number; question: string; bodyMd: string; userId: number | null },
  now: Date,
): number {
  const at = now.toISOString();
  db.prepare<[number, string, string, string, number | null]>(
    `INSERT INTO answers (topic_id, question, body_md, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (topic_id) DO UPDATE SET question = excluded.question, body_md = excluded.body_md,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(input.topicId, input.question, input.bodyMd, at, input.userId);
  const { id } = db.prepare<[number], { id: number }>('SELECT id FROM answers WHERE topic_id = ?').get(input.topicId)!;
  db.prepare<[number, string, string, string, number | null]>(
    'INSERT INTO answer_versions (answer_id, question, body_md, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  ).run(id, input.question, input.bodyMd, at, input.userId);
  return id;
}

export function listAnswerVersions(db: Db, answerId: number): AnswerVersion[] {
  return db
    .prepare<[number], AnswerVersion>(
      `SELECT v.id, v.question, v.body_md AS bodyMd, v.created_at AS createdAt, u.name AS createdBy
       FROM answer_versions v LEFT JOIN users u ON u.id = v.created_by
       WHERE v.answer_id = ? ORDER BY v.id DESC`,
    )
    .all(answerId);
}

/** Answers of published topics that were not merged away, most asked first. */
export function listPublishedAnswers(db: Db): PublishedAnswer[] {
  return db
    .prepare<[], PublishedAnswer>(
      `SELECT a.topic_id AS topicId, a.question, a.body_md AS bodyMd, t.lang, '' AS category,
              0 AS categoryPosition, 0 AS position, a.updated_at AS updatedAt
       FROM answers a JOIN topics t ON t.id = a.topic_id
       WHERE t.status = 'published' AND t.merged_into IS NULL AND trim(a.body_md) <> ''
       ORDER BY t.score DESC, t.id`,
    )
    .all();
}
