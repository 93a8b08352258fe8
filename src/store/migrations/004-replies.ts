import type { Migration } from './migration.js';

/**
 * The shop's replies. A shop message (or a call note, where the agent wrote down what the caller
 * was told) keeps its answering sentences, redacted like questions, and what they do: an answer,
 * or a redirect ("please call us") that counts only when no answer follows. A question points at
 * the message that answered it; the link is recomputed from the stored sequence whenever a file
 * adds messages to the conversation, so a reply found in a later export (the Sent folder) still
 * joins its question. Questions imported before this version have no reply. Each topic keeps
 * what its replies say (suggested answer, variants, conflicts) as JSON, recomputed with its
 * score, so listing topics stays a plain read.
 */
export const replies: Migration = {
  version: 4,
  name: 'replies',
  sql: `
    ALTER TABLE messages ADD COLUMN reply_kind TEXT CHECK (reply_kind IN ('answer', 'redirect'));
    ALTER TABLE messages ADD COLUMN reply_text TEXT;
    ALTER TABLE questions ADD COLUMN reply_message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL;
    ALTER TABLE topics ADD COLUMN shop_replies TEXT;
    CREATE INDEX questions_message ON questions(message_id);
  `,
};
