import type { Migration } from './migration.js';

/**
 * What the import, team and audit pages need: who imported each file, accounts that can be
 * disabled (kept for the audit log) and the demo account marked as such, and the audit log of
 * editors' actions. The log keeps the actor's name as text so it outlives a deleted account.
 */
export const workbenchAdmin: Migration = {
  version: 6,
  name: 'workbench-admin',
  sql: `
    ALTER TABLE sources ADD COLUMN imported_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
    ALTER TABLE users ADD COLUMN disabled_at TEXT;
    ALTER TABLE users ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
      user_name TEXT,
      action TEXT NOT NULL,
      details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_log_at ON audit_log(at);

    -- The dashboard's aggregations read only these indexes, never the question rows:
    -- by time (weeks, hours, coverage) and by topic and customer (repeat contacts).
    CREATE INDEX questions_time ON questions(asked_at, channel, topic_id);
    CREATE INDEX questions_topic_customer ON questions(topic_id, customer, conversation_id);
  `,
};
