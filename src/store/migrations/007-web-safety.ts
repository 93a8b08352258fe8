import type { Migration } from './migration.js';

/**
 * What the editor's safety needs: sessions with idle and absolute expiry (sessions from before
 * have neither time and are ended: their users log in once more), a server secret for the
 * login form's token, builds and imports that record the process running them (so a dead one
 * is recognised by its process, not by a timer), and a staging table where an import's
 * questions wait until the whole file has been read (so the web app never waits for a long
 * import transaction, and nobody sees half a file).
 */
export const webSafety: Migration = {
  version: 7,
  name: 'web-safety',
  sql: `
    DELETE FROM sessions;
    ALTER TABLE sessions ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE sessions ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT '';
    CREATE INDEX sessions_user ON sessions(user_id);

    CREATE TABLE server_secret (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      secret BLOB NOT NULL
    );

    -- "pid:start" of the process running the build or import (see src/process-identity.ts).
    ALTER TABLE builds ADD COLUMN process TEXT;
    ALTER TABLE sources ADD COLUMN importing_process TEXT;

    CREATE TABLE staged_questions (
      id INTEGER PRIMARY KEY,
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      file TEXT NOT NULL,
      ref TEXT NOT NULL,
      channel TEXT NOT NULL,
      text TEXT NOT NULL,
      lang TEXT NOT NULL,
      asked_at TEXT,
      customer TEXT
    );
    CREATE INDEX staged_questions_source ON staged_questions(source_id);
  `,
};
