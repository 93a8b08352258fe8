import { createHash } from 'node:crypto';
import type { Channel, Lang } from '../../src/model.js';
import { currentProcess } from '../../src/process-identity.js';
import type { Db } from '../../src/store/database.js';
import { ImportWriter } from '../../src/store/imports.js';

export interface SeedQuestion {
  /** Already redacted question text, as extraction would store it. */
  text: string;
  lang?: Lang;
  /** Who asked (hashed by the writer as a real import does); questions of one customer share it. */
  customer?: string | null;
  askedAt?: string | null;
  /** Native id of the conversation; questions with the same one share a conversation. */
  conversation?: string;
}

export interface SeedFile {
  /** The imported file's name (default import-N.txt). */
  file?: string;
  channel?: Channel;
}

let fileCounter = 0;

/**
 * Stores questions through the real import writer, as one imported file with one customer
 * message per question (extraction is skipped: the texts are taken as extracted). Returns the
 * question ids in order.
 */
export function seedImport(db: Db, questions: readonly SeedQuestion[], seed: SeedFile = {}): number[] {
  const file = seed.file ?? `import-${++fileCounter}.txt`;
  const channel = seed.channel ?? 'text';
  const writer = new ImportWriter(db);
  const sha256 = createHash('sha256').update(`${file}\n${fileCounter}\n${JSON.stringify(questions)}`).digest('hex');
  writer.begin({ path: file, sha256, format: 'text', channel, bytes: 0 }, currentProcess());
  try {
    questions.forEach((question, index) => {
      const ref = String(index + 1);
      const askedAt = question.askedAt ? new Date(question.askedAt) : null;
      const conversation = writer.conversation(channel, question.conversation ?? `${file}#${ref}`, askedAt);
      const messageId = writer.message(conversation.id, `${sha256.slice(0, 16)}:${ref}`, {
        ref,
        role: 'customer',
        author: question.customer ?? null,
        sentAt: askedAt,
        text: question.text,
      })!;
      writer.question(messageId, conversation.id, channel, {
        ref,
        text: question.text,
        lang: question.lang ?? 'pl',
        askedAt,
        customer: question.customer ?? null,
      });
    });
    writer.commit({ messages: questions.length, questions: questions.length });
    // Published in the order they were staged.
    return db
      .prepare<[string], { id: number }>('SELECT questions.id FROM questions JOIN sources ON sources.id = questions.source_id WHERE sources.sha256 = ? ORDER BY questions.id')
      .all(sha256)
      .map((row) => row.id);
  } catch (error) {
    writer.rollback();
    throw error;
  }
}
