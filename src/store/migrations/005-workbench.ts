import { TOPIC_ACTIVITY_SQL } from '../topic-activity.js';
import type { Migration } from './migration.js';

/**
 * The editor's workbench. An answer's draft (the `answers` row) and its live version
 * (`published_version_id`) are separate, so saving a draft never takes an answer off the FAQ;
 * answers that were live before keep their newest version live. Answers get a language, a
 * category and a position for the FAQ order page; a topic an editor renamed keeps its name; topics keep their questions' counts per channel and week; users their editor language (NULL: the
 * browser's); a merge remembers which questions it moved, so it can be undone. The indexes let
 * the topic list and topic page page in SQL.
 */
export const workbench: Migration = {
  version: 5,
  name: 'workbench',
  sql: `
    ALTER TABLE users ADD COLUMN locale TEXT;

    -- An editor renamed the topic: re-clustering keeps the name.
    ALTER TABLE topics ADD COLUMN renamed INTEGER NOT NULL DEFAULT 0;
    -- Questions per channel and per week, for the topic list (store/topic-activity.ts).
    ALTER TABLE topics ADD COLUMN activity TEXT NOT NULL DEFAULT '{}';
    UPDATE topics SET activity = ${TOPIC_ACTIVITY_SQL};

    ALTER TABLE answers ADD COLUMN lang TEXT NOT NULL DEFAULT '';
    ALTER TABLE answers ADD COLUMN category TEXT NOT NULL DEFAULT '';
    ALTER TABLE answers ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE answers ADD COLUMN published_version_id INTEGER REFERENCES answer_versions(id);
    UPDATE answers
      SET published_version_id = (SELECT MAX(v.id) FROM answer_versions v WHERE v.answer_id = answers.id)
      WHERE topic_id IN (SELECT id FROM topics WHERE status = 'published');

    CREATE TABLE faq_categories (
      name TEXT PRIMARY KEY,
      position INTEGER NOT NULL
    );

    CREATE TABLE topic_merges (
      from_topic_id INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
      into_topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
      -- JSON array of the question ids the merge moved.
      question_ids TEXT NOT NULL,
      merged_at TEXT NOT NULL
    );

    CREATE INDEX questions_topic_page ON questions(topic_id, pinned DESC, asked_at DESC, id);
    CREATE INDEX questions_topic_asked ON questions(topic_id, asked_at);
    CREATE INDEX questions_asked ON questions(asked_at);
    CREATE INDEX topics_rank ON topics(merged_into, score DESC, size DESC, id);
  `,
};
