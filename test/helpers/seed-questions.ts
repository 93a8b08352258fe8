import type { Db } from '../../src/store/database.js';
import type { Lang } from '../../src/model.js';

export interface SeedQuestion {
  text: string;
  lang?: Lang;
  /** Hashed-customer stand-in; questions of one customer share it. */
  customer?: string | null;
  askedAt?: string | null;
  /** Native id of the conversation; questions with the same one share a conversation. */
  conversation?: string;
}

let fileCounter = 0;

/**
 * Inserts questions the way the importer leaves them (source -> conversations -> messages ->
 * questions), all from one imported file, and returns their ids in order.
 */
export function seedQuestions(db: Db, questions: SeedQuestion[], file = `import-${++fileCounter}.txt`): number[] {
  const source = db
    .prepare(
      `INSERT INTO sources (path, sha256, format, channel, bytes, imported_at) VALUES (?, ?, 'text', 'text', 0, ?)`,
    )
    .run(file, `sha-${file}-${Date.now()}-${Math.random()}`, new Date().toISOString()).lastInsertRowid;
  const findConversation = db.prepare<[string], { id: number }>(`SELECT id FROM conversations WHERE channel = 'text' AND native_id = ?`);
  const insertConversation = db.prepare(`INSERT INTO conversations (channel, native_id, source_id, started_at) VALUES ('text', ?, ?, ?)`);
  const insertMessage = db.prepare(
    `INSERT INTO messages (key, conversation_id, source_id, ref, role, sent_at) VALUES (?, ?, ?, ?, 'customer', ?)`,
  );
  const insertQuestion = db.prepare(
    `INSERT INTO questions (message_id, conversation_id, source_id, file, ref, channel, text, lang, asked_at, customer)
     VALUES (?, ?, ?, ?, ?, 'text', ?, ?, ?, ?)`,
  );
  return db.transaction(() =>
    questions.map((question, index) => {
      const ref = String(index + 1);
      const nativeId = question.conversation ?? `${file}#${ref}`;
      const askedAt = question.askedAt ?? null;
      const conversation =
        findConversation.get(nativeId)?.id ?? Number(insertConversation.run(nativeId, source, askedAt).lastInsertRowid);
      const message = insertMessage.run(`${file}#${ref}`, conversation, source, ref, askedAt).lastInsertRowid;
      return Number(
        insertQuestion.run(message, conversation, source, file, ref, question.text, question.lang ?? 'pl', askedAt, question.customer ?? null)
          .lastInsertRowid,
      );
    }),
  )();
}
