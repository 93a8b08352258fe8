import type { Channel } from '../model.js';
import type { Db } from './database.js';

export function countSources(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sources').get()!.n;
}

/** A topic an import's questions fell into, and how many of them. */
export interface ImportTopic {
  id: number;
  label: string;
  questions: number;
}

/** One imported file as the import page lists it. */
export interface ImportRecord {
  id: number;
  path: string;
  format: string;
  channel: Channel;
  questions: number;
  importedAt: string;
  /** Null for the command line, or an account deleted since. */
  importedBy: string | null;
  /** The topics most of its questions are in, largest first. */
  topics: ImportTopic[];
}

const TOPICS_PER_IMPORT = 3;

/** The imports, newest first, each with the topics its questions fall into. */
export function listImports(db: Db, limit = 100): ImportRecord[] {
  const imports = db
    .prepare<[number], Omit<ImportRecord, 'topics'>>(
      `SELECT sources.id, sources.path, sources.format, sources.channel, sources.questions,
              sources.imported_at AS importedAt, users.name AS importedBy
       FROM sources LEFT JOIN users ON users.id = sources.imported_by
       ORDER BY sources.imported_at DESC, sources.id DESC LIMIT ?`,
    )
    .all(limit);
  if (imports.length === 0) return [];
  // One query for every listed import; merged topics are shown as the topic they live in now.
  const topics = db
    .prepare<number[], ImportTopic & { sourceId: number; rank: number }>(
      `SELECT sourceId, id, label, questions, rank FROM (
         SELECT q.source_id AS sourceId, t.id, t.label, COUNT(*) AS questions,
                ROW_NUMBER() OVER (PARTITION BY q.source_id ORDER BY COUNT(*) DESC, t.id) AS rank
         FROM questions q JOIN topics t ON t.id = q.topic_id
         WHERE q.source_id IN (${imports.map(() => '?').join(', ')}) AND t.merged_into IS NULL
         GROUP BY q.source_id, t.id)
       WHERE rank <= ${TOPICS_PER_IMPORT} ORDER BY sourceId, rank`,
    )
    .all(...imports.map((row) => row.id));
  return imports.map((row) => ({
    ...row,
    topics: topics.filter((topic) => topic.sourceId === row.id).map(({ id, label, questions }) => ({ id, label, questions })),
  }));
}

export function findImport(db: Db, id: number): { id: number; path: string } | undefined {
  return db.prepare<[number], { id: number; path: string }>('SELECT id, path FROM sources WHERE id = ?').get(id);
}

/**
 * Deletes an imported file's messages and questions, inside the caller's transaction, and
 * returns the topics that lost questions (to be recounted). A conversation this file started
 * but a later file continued is handed over to that file, so the other import stays whole.
 */
export function deleteImport(db: Db, id: number): number[] {
  const touched = db
    .prepare<[number], { topicId: number }>('SELECT DISTINCT topic_id AS topicId FROM questions WHERE source_id = ? AND topic_id IS NOT NULL')
    .all(id)
    .map((row) => row.topicId);
  db.prepare<[number]>('DELETE FROM questions WHERE source_id = ?').run(id);
  db.prepare<[number]>('DELETE FROM messages WHERE source_id = ?').run(id);
  db.prepare<[number]>(
    `UPDATE conversations SET source_id = (SELECT MIN(source_id) FROM messages WHERE conversation_id = conversations.id)
     WHERE source_id = ? AND EXISTS (SELECT 1 FROM messages WHERE conversation_id = conversations.id)`,
  ).run(id);
  // The rest of its conversations go with it (ON DELETE CASCADE).
  db.prepare<[number]>('DELETE FROM sources WHERE id = ?').run(id);
  return touched;
}
