import { hash } from 'node:crypto';
import type { Channel, ExtractedQuestion, ExtractedReply, RawMessage } from '../model.js';
import type { Db } from './database.js';

export interface NewSource {
  path: string;
  sha256: string;
  format: string;
  channel: Channel;
  bytes: number;
  /** The account that uploaded it; null from the command line. */
  importedBy?: number | null;
}

/**
 * The writes of one file's import, in short transactions so that the editor (another
 * connection, or the same one between awaits) is never locked out for long:
 * - `begin` records the file as being imported by this process;
 * - each conversation with its messages is one transaction (`atomically`), written while
 *   nothing is awaited, so no transaction ever spans the reading or the extraction worker;
 * - questions wait in `staged_questions`, invisible to clustering and the editor, until
 *   `commit` publishes the whole file's questions in one transaction;
 * - `rollback` (or, after a crash, `discardInterrupted`) deletes the file's source row, and
 *   with it everything it wrote, so a rejected file still leaves nothing behind.
 */
export class ImportWriter {
  private readonly statements;
  private sourceId = 0;
  private file = '';

  constructor(private readonly db: Db) {
    this.statements = {
      findSource: db.prepare<[string], { id: number; path: string }>('SELECT id, path FROM sources WHERE sha256 = ?'),
      insertSource: db.prepare<[string, string, string, Channel, number, string, string, number | null]>(
        `INSERT INTO sources (path, sha256, format, channel, bytes, imported_at, importing_process, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      finishSource: db.prepare<[number, number, number]>(
        'UPDATE sources SET messages = ?, questions = ?, importing_process = NULL WHERE id = ?',
      ),
      findConversation: db.prepare<[string, string], { id: number }>(
        'SELECT id FROM conversations WHERE channel = ? AND native_id = ?',
      ),
      // Inserted first and looked up only when it exists: most conversations of an import are new.
      insertConversation: db.prepare<[Channel, string, number, string | null]>(
        'INSERT INTO conversations (channel, native_id, source_id, started_at) VALUES (?, ?, ?, ?) ON CONFLICT (channel, native_id) DO NOTHING',
      ),
      hasCustomerMessage: db.prepare<[number], { found: number }>(
        "SELECT 1 AS found FROM messages WHERE conversation_id = ? AND role = 'customer' LIMIT 1",
      ),
      insertMessage: db.prepare<[string, number, number, string, string, string | null]>(
        'INSERT OR IGNORE INTO messages (key, conversation_id, source_id, ref, role, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      setReply: db.prepare<[string, number]>('UPDATE messages SET reply_text = ? WHERE id = ?'),
      stageQuestion: db.prepare<[number, number, number, string, string, Channel, string, string, string | null, string | null]>(
        `INSERT INTO staged_questions (message_id, conversation_id, source_id, file, ref, channel, text, lang, asked_at, customer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      publishQuestions: db.prepare<[number]>(
        `INSERT INTO questions (message_id, conversation_id, source_id, file, ref, channel, text, lang, asked_at, customer)
         SELECT message_id, conversation_id, source_id, file, ref, channel, text, lang, asked_at, customer
         FROM staged_questions WHERE source_id = ? ORDER BY id`,
      ),
      dropStaged: db.prepare<[number]>('DELETE FROM staged_questions WHERE source_id = ?'),
      deleteSource: db.prepare<[number]>('DELETE FROM sources WHERE id = ?'),
    };
  }

  /** The path under which a file with this content was already imported, if it was. */
  alreadyImported(sha256: string): string | null {
    return this.statements.findSource.get(sha256)?.path ?? null;
  }

  /**
   * Deletes what imports left half-way when their process died (kill -9, power cut): their
   * files were never published, and importing them again starts from scratch.
   */
  discardInterrupted(isAlive: (process: string) => boolean): number {
    const interrupted = this.db
      .prepare<[], { id: number; process: string }>('SELECT id, importing_process AS process FROM sources WHERE importing_process IS NOT NULL')
      .all()
      .filter((source) => !isAlive(source.process));
    for (const source of interrupted) this.atomically(() => this.statements.deleteSource.run(source.id));
    return interrupted.length;
  }

  /** Records the file as being imported by `process` (see src/process-identity.ts). */
  begin(source: NewSource, process: string): void {
    this.file = source.path;
    const result = this.atomically(() =>
      this.statements.insertSource.run(
        source.path,
        source.sha256,
        source.format,
        source.channel,
        source.bytes,
        new Date().toISOString(),
        process,
        source.importedBy ?? null,
      ),
    );
    this.sourceId = Number(result.lastInsertRowid);
  }

  /**
   * Runs synchronous writes as one short transaction. IMMEDIATE takes the write lock at the
   * start, so it waits for the lock (busy timeout) instead of failing at once on a snapshot
   * another writer changed meanwhile.
   */
  atomically<T>(write: () => T): T {
    return this.db.transaction(write).immediate();
  }

  /**
   * Finds or creates the conversation. `hadCustomerTurn` tells the question extractor whether
   * the customer already spoke in it (an e-mail thread continued in a later mail or file).
   */
  conversation(channel: Channel, nativeId: string, startedAt: Date | null): { id: number; hadCustomerTurn: boolean } {
    const inserted = this.statements.insertConversation.run(channel, nativeId, this.sourceId, startedAt?.toISOString() ?? null);
    if (inserted.changes > 0) return { id: Number(inserted.lastInsertRowid), hadCustomerTurn: false };
    const existing = this.statements.findConversation.get(channel, nativeId)!;
    return { id: existing.id, hadCustomerTurn: this.statements.hasCustomerMessage.get(existing.id) !== undefined };
  }

  /** Stores a message; returns its id, or null when the same message was stored before. */
  message(conversationId: number, key: string, message: RawMessage): number | null {
    const result = this.statements.insertMessage.run(
      key,
      conversationId,
      this.sourceId,
      message.ref,
      message.role,
      message.sentAt?.toISOString() ?? null,
    );
    return result.changes === 0 ? null : Number(result.lastInsertRowid);
  }

  /** Keeps the (redacted) answer a stored message carries; which question it answers is linked later. */
  reply(messageId: number, reply: ExtractedReply): void {
    this.statements.setReply.run(reply.text, messageId);
  }

  /** The source row of the file being imported: its messages mark the conversations it touched. */
  get currentSource(): number {
    return this.sourceId;
  }

  /** Stages a question of a stored message, to be published with the whole file by `commit`. */
  question(messageId: number, conversationId: number, channel: Channel, question: ExtractedQuestion): void {
    this.statements.stageQuestion.run(
      messageId,
      conversationId,
      this.sourceId,
      this.file,
      question.ref,
      channel,
      question.text,
      question.lang,
      question.askedAt?.toISOString() ?? null,
      question.customer === null ? null : customerHash(question.customer),
    );
  }

  /**
   * Publishes the file: its staged questions become questions, all at once, and `withPublished`
   * (linking them to replies) runs in the same transaction, so they never show half-linked.
   */
  commit(counts: { messages: number; questions: number }, withPublished: () => void = () => undefined): void {
    this.atomically(() => {
      this.statements.publishQuestions.run(this.sourceId);
      this.statements.dropStaged.run(this.sourceId);
      withPublished();
      this.statements.finishSource.run(counts.messages, counts.questions, this.sourceId);
    });
  }

  /** Deletes everything the file wrote (its source row, and through it the rest). */
  rollback(): void {
    this.atomically(() => this.statements.deleteSource.run(this.sourceId));
  }
}

/**
 * Customers are counted, never identified: only a one-way hash of their address or number is
 * kept. Readers give identities in one form already (phone numbers through `canonicalPhone`);
 * case is folded here so that "Jan@X.pl" and "jan@x.pl" stay one person.
 */
function customerHash(identity: string): string {
  // The one-shot hash: a call log has a customer per row, and a Hash object per row cost three times as much.
  return hash('sha256', identity.trim().toLowerCase()).slice(0, 16);
}
