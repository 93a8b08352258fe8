import type { Db } from './database.js';

/**
 * A topic's answer as the editor holds it: the working copy (the newest saved version) and,
 * separately, which version is live on the FAQ site.
 */
export interface Answer {
  id: number;
  topicId: number;
  question: string;
  bodyMd: string;
  /** The answer's language ('' until an editor chose one: the topic's language applies). */
  lang: string;
  /** '' for an answer outside any category. */
  category: string;
  updatedAt: string;
  updatedBy: string | null;
  /** The version the FAQ shows when the topic is published; null when none was ever published. */
  publishedVersionId: number | null;
}

export interface AnswerVersion {
  id: number;
  /** 1 for the first save of the answer, counting up. */
  number: number;
  question: string;
  bodyMd: string;
  createdAt: string;
  createdBy: string | null;
  /** This is the version the FAQ shows. */
  live: boolean;
}

/** What the FAQ site is made of: only what editors wrote and published, never customers' texts. */
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

export interface AnswerContent {
  topicId: number;
  question: string;
  bodyMd: string;
  lang: string;
  category: string;
  userId: number | null;
}

export function getAnswerForTopic(db: Db, topicId: number): Answer | undefined {
  return db
    .prepare<[number], Answer>(
      `SELECT a.id, a.topic_id AS topicId, a.question, a.body_md AS bodyMd, a.lang, a.category,
              a.updated_at AS updatedAt, u.name AS updatedBy, a.published_version_id AS publishedVersionId
       FROM answers a LEFT JOIN users u ON u.id = a.updated_by WHERE a.topic_id = ?`,
    )
    .get(topicId);
}

/**
 * Stores the working copy and appends it as a version, so every save stays in the history; the
 * live version is not touched. Runs in the caller's transaction (the save-answer use case).
 */
export function saveAnswerVersion(db: Db, input: AnswerContent, now: Date): { answerId: number; versionId: number } {
  const at = now.toISOString();
  db.prepare<[number, string, string, string, string, string, number | null]>(
    `INSERT INTO answers (topic_id, question, body_md, lang, category, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (topic_id) DO UPDATE SET question = excluded.question, body_md = excluded.body_md, lang = excluded.lang,
       category = excluded.category, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(input.topicId, input.question, input.bodyMd, input.lang, input.category, at, input.userId);
  const { id: answerId } = db.prepare<[number], { id: number }>('SELECT id FROM answers WHERE topic_id = ?').get(input.topicId)!;
  const versionId = Number(
    db
      .prepare<[number, string, string, string, number | null]>(
        'INSERT INTO answer_versions (answer_id, question, body_md, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
      )
      .run(answerId, input.question, input.bodyMd, at, input.userId).lastInsertRowid,
  );
  return { answerId, versionId };
}

/** Makes `versionId` the version the FAQ shows. */
export function setLiveVersion(db: Db, answerId: number, versionId: number): void {
  db.prepare<[number, number]>('UPDATE answers SET published_version_id = ? WHERE id = ?').run(versionId, answerId);
}

/** The newest version of a topic's answer, or undefined when it has none. */
export function latestVersionId(db: Db, topicId: number): { answerId: number; versionId: number } | undefined {
  return db
    .prepare<[number], { answerId: number; versionId: number }>(
      `SELECT a.id AS answerId, MAX(v.id) AS versionId FROM answers a JOIN answer_versions v ON v.answer_id = a.id
       WHERE a.topic_id = ? GROUP BY a.id`,
    )
    .get(topicId);
}

/** Every version of an answer, newest first, numbered from the oldest. */
export function listAnswerVersions(db: Db, answerId: number): AnswerVersion[] {
  return db
    .prepare<[number], Omit<AnswerVersion, 'live'> & { live: number }>(
      `SELECT v.id, ROW_NUMBER() OVER (ORDER BY v.id) AS number, v.question, v.body_md AS bodyMd,
              v.created_at AS createdAt, u.name AS createdBy, v.id IS a.published_version_id AS live
       FROM answer_versions v JOIN answers a ON a.id = v.answer_id LEFT JOIN users u ON u.id = v.created_by
       WHERE v.answer_id = ? ORDER BY v.id DESC`,
    )
    .all(answerId)
    .map((version) => ({ ...version, live: version.live === 1 }));
}

/** Live versions of published topics that were not merged away, in the editor's FAQ order. */
export function listPublishedAnswers(db: Db): PublishedAnswer[] {
  return db
    .prepare<[], PublishedAnswer>(
      `SELECT a.topic_id AS topicId, v.question, v.body_md AS bodyMd,
              CASE WHEN a.lang <> '' THEN a.lang ELSE t.lang END AS lang, a.category,
              COALESCE(c.position, 1000000) AS categoryPosition, a.position, v.created_at AS updatedAt
       FROM answers a
       JOIN topics t ON t.id = a.topic_id
       JOIN answer_versions v ON v.id = a.published_version_id
       LEFT JOIN faq_categories c ON c.name = a.category
       WHERE t.status = 'published' AND t.merged_into IS NULL AND trim(v.body_md) <> ''
       ORDER BY categoryPosition, a.category, a.position, t.score DESC, t.id`,
    )
    .all();
}

/** Category names in the FAQ's order: ordered ones first, then any used by an answer, by name. */
export function listCategories(db: Db): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM (
         SELECT name, position FROM faq_categories
         UNION SELECT category, 1000000 FROM answers WHERE category <> '' AND category NOT IN (SELECT name FROM faq_categories)
       ) ORDER BY position, name`,
    )
    .all()
    .map((row) => row.name);
}

/** Stores the order of categories (a name not listed before is added). */
export function saveCategoryOrder(db: Db, names: readonly string[]): void {
  db.prepare('DELETE FROM faq_categories').run();
  const insert = db.prepare<[string, number]>('INSERT INTO faq_categories (name, position) VALUES (?, ?)');
  names.forEach((name, position) => insert.run(name, position));
}

/** Stores the order of entries: each topic's answer gets its index in `topicIds`. */
export function saveEntryOrder(db: Db, topicIds: readonly number[]): void {
  const update = db.prepare<[number, number]>('UPDATE answers SET position = ? WHERE topic_id = ?');
  topicIds.forEach((topicId, position) => update.run(position, topicId));
}
