import type { Migration } from './migration.js';

/** The first schema: everything the pipeline stores, from imported files to site builds. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,
      sha256 TEXT NOT NULL UNIQUE,
      format TEXT NOT NULL,
      channel TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      imported_at TEXT NOT NULL,
      messages INTEGER NOT NULL DEFAULT 0,
      questions INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE conversations (
      id INTEGER PRIMARY KEY,
      channel TEXT NOT NULL,
      native_id TEXT NOT NULL,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      started_at TEXT,
      UNIQUE (channel, native_id)
    );

    -- Message texts are not kept: only customers' questions are stored, and only redacted.
    CREATE TABLE messages (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      ref TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('customer', 'shop', 'system')),
      sent_at TEXT
    );
    CREATE INDEX messages_conversation ON messages(conversation_id);

    CREATE TABLE topics (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      keywords TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'draft', 'published', 'ignored')),
      lang TEXT NOT NULL DEFAULT 'other',
      size INTEGER NOT NULL DEFAULT 0,
      score REAL NOT NULL DEFAULT 0,
      score_parts TEXT NOT NULL DEFAULT '{}',
      -- An editor merged this topic into another; its questions now live there.
      merged_into INTEGER REFERENCES topics(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE questions (
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
      -- A one-way hash of the customer's identity, for distinct-customer and repeat counts.
      customer TEXT,
      topic_id INTEGER REFERENCES topics(id) ON DELETE SET NULL,
      -- Set when an editor moved the question: re-clustering must leave it where it is.
      pinned INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX questions_topic ON questions(topic_id);

    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('staff', 'editor', 'admin')),
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL
    );

    CREATE TABLE answers (
      id INTEGER PRIMARY KEY,
      topic_id INTEGER NOT NULL UNIQUE REFERENCES topics(id),
      question TEXT NOT NULL,
      body_md TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by INTEGER REFERENCES users(id)
    );

    CREATE TABLE answer_versions (
      id INTEGER PRIMARY KEY,
      answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
      question TEXT NOT NULL,
      body_md TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES users(id)
    );

    CREATE TABLE builds (
      id INTEGER PRIMARY KEY,
      trigger TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed')),
      out_dir TEXT NOT NULL,
      entries INTEGER,
      error TEXT
    );

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
