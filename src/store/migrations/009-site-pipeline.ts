import type { Migration } from './migration.js';

/**
 * The scheduled pipeline and the served site: every run is recorded (what changed, how long,
 * why it failed); one lock row, naming the process that holds it, keeps two runs from going at
 * once even from two processes (`faqtory serve` and `faqtory run --once` from cron); the inbox
 * remembers each file it saw by content hash, also the ones it could not import, so a broken
 * file is reported once and not retried every hour; "Was this helpful?" votes are counted per
 * entry and nothing else about the voter is kept.
 */
export const sitePipeline: Migration = {
  version: 9,
  name: 'site-pipeline',
  sql: `
    CREATE TABLE pipeline_runs (
      id INTEGER PRIMARY KEY,
      trigger TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed')),
      files_imported INTEGER NOT NULL DEFAULT 0,
      files_rejected INTEGER NOT NULL DEFAULT 0,
      questions_added INTEGER NOT NULL DEFAULT 0,
      questions_assigned INTEGER NOT NULL DEFAULT 0,
      build_id INTEGER REFERENCES builds(id),
      error TEXT
    );

    CREATE TABLE pipeline_lock (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      run_id INTEGER NOT NULL REFERENCES pipeline_runs(id),
      -- "pid:start" of the process holding the lock (see src/process-identity.ts).
      process TEXT NOT NULL,
      locked_at TEXT NOT NULL
    );

    CREATE TABLE inbox_files (
      sha256 TEXT PRIMARY KEY,
      path TEXT NOT NULL,
      outcome TEXT NOT NULL,
      reason TEXT,
      seen_at TEXT NOT NULL
    );

    CREATE TABLE helpful_votes (
      topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
      lang TEXT NOT NULL,
      helpful INTEGER NOT NULL DEFAULT 0,
      not_helpful INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (topic_id, lang)
    );
  `,
};
