import type { Migration } from './migration.js';

/**
 * Only answers are kept as replies: a redirect ("please call us") is given to any question, so
 * a question that got only one has no reply (its link and text are cleared; topics recompute
 * what their replies say at the next clustering). And messages are indexed by the file they
 * came from, so linking replies after a file reads only the conversations that file touched.
 */
export const replyAnswers: Migration = {
  version: 8,
  name: 'reply-answers',
  sql: `
    UPDATE questions SET reply_message_id = NULL
      WHERE reply_message_id IN (SELECT id FROM messages WHERE reply_kind = 'redirect');
    UPDATE messages SET reply_text = NULL WHERE reply_kind = 'redirect';
    ALTER TABLE messages DROP COLUMN reply_kind;
    CREATE INDEX messages_source ON messages(source_id);
  `,
};
