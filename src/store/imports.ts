import { createHash } from 'node:crypto';
import type { Channel, ExtractedQuestion, ExtractedReply, RawMessage } from '../model.js';
import type { Db } from './database.js';

export interface NewSource {
  path: string;
  sha256: string;
  format: string;
  channel: Channel;
  bytes: number;
}

/**
 * The writes of one file's import. Everything happens inside one transaction opened by
 * `begin` and ended by `commit` or `rollback`, so a rejected file leaves nothing behind.
 */
export class ImportWriter {
  private readonly statements;
  private sourceId = 0;
  private file = '';

  constructor(private readonly db: Db) {
    this.statements = {
      findSource: db.prepare<[string], { id: number; path: string }>('SELECT id, path FROM sources WHERE sha256 = ?'),
      insertSource: db.prepare<[string, string, string, Channel, number, string]>(
        `INSERT INTO sources (path, sha256, format, channel, bytes, imported_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      finishSource: db.prepare<[number, number, number]>('UPDATE sources SET messages = ?, questions = ? WHERE id = ?'),
      findConversation: db.prepare<[string, string], { id: number }>(
        'SELECT id FROM conversations WHERE channel = ? AND native_id = ?',
      ),
      insertConversation: db.prepare<[Channel, string, number, string | null]>(
        'INSERT INTO conversations (channel, native_id, source_id, started_at) VALUES (?, ?, ?, ?)',
      ),
      hasCustomerMessage: db.prepare<[number], { found: number }>(
        "SELECT 1 AS found FROM messages WHERE conversation_id = ? AND role = 'customer' LIMIT 1",
      ),
      insertMessage: db.prepare<[string, number, number, string, string, string | null]>(
        'INSERT OR IGNORE INTO messages (key, conversation_id, source_id, ref, role, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      setReply: db.prepare<[ExtractedReply['kind'], string, number]>('UPDATE messages SET reply_kind = ?, reply_text = ? WHERE id = ?'),
      insertQuestion: db.prepare<[number, number, number, string, string, Channel, string, string, string | null, string | null]>(
        `INSERT INTO questions (message_id, conversation_id, source_id, file, ref, channel, text, lang, asked_at, customer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  /** The path under which a file with this content was already imported, if it was. */
  alreadyImported(sha256: string): string | null {
    return this.statements.findSource.get(sha256)?.path ?? null;
  }

  begin(source: NewSource): void {
    // Not db.transaction(): a file's transaction spans awaits (reading, the extraction worker),
    // which better-sqlite3's synchronous transactions cannot. commit/rollback always end it.
    this.db.exec('BEGIN');
    this.file = source.path;
    const result = this.statements.insertSource.run(
      source.path,
      source.sha256,
      source.format,
      source.channel,
      source.bytes,
      new Date().toISOString(),
    );
    this.sourceId = Number(result.lastInsertRowid);
  }

  /**
   * Finds or creates the conversation. `hadCustomerTurn` tells the question extractor whether
   * the customer already spoke in it (an e-mail thread continued in a later mail or file).
   */
  conversation(channel: Channel, nativeId: string, startedAt: Date | null): { id: number; hadCustomerTurn: boolean } {
    const existing = this.statements.findConversation.get(channel, nativeId);
    if (existing) {
      return { id: existing.id, hadCustomerTurn: this.statements.hasCustomerMessage.get(existing.id) !== undefined };
    }
    const result = this.statements.insertConversation.run(channel, nativeId, this.sourceId, startedAt?.toISOString() ?? null);
    return { id: Number(result.lastInsertRowid), hadCustomerTurn: false };
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

  /** Keeps the (redacted) reply a stored message carries; which question it answers is linked later. */
  reply(messageId: number, reply: ExtractedReply): void {
    this.statements.setReply.run(reply.kind, reply.text, messageId);
  }

  /** The source row of the file being imported: its messages mark the conversations it touched. */
  get currentSource(): number {
    return this.sourceId;
  }

  /** Stores a question of a stored message; returns its id. */
  question(messageId: number, conversationId: number, channel: Channel, question: ExtractedQuestion): number {
    const result = this.statements.insertQuestion.run(
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
    return Number(result.lastInsertRowid);
  }

  commit(counts: { messages: number; questions: number }): void {
    this.statements.finishSource.run(counts.messages, counts.questions, this.sourceId);
    this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}

/**
 * Customers are counted, never identified: only a one-way hash of their address or number is
 * kept. Readers give identities in one form already (phone numbers through `canonicalPhone`);
 * case is folded here so that "Jan@X.pl" and "jan@x.pl" stay one person.
 */
function customerHash(identity: string): string {
  return createHash('sha256').update(identity.trim().toLowerCase()).digest('hex').slice(0, 16);
}
