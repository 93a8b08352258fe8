import { relative } from 'node:path';
import { FaqtoryError, ParseError } from '../errors.js';
import type { FormatAdapter, FormatId, ReadOptions } from '../ingest/adapter.js';
import { channelOf } from '../ingest/channel.js';
import { chooseAdapter, type AdapterChoice } from '../ingest/choose-adapter.js';
import { hashFile } from '../ingest/file-sample.js';
import { findFiles, type InputFile } from '../ingest/find-files.js';
import { QuestionExtractor } from '../ingest/question-extractor.js';
import { adapterById } from '../ingest/registry.js';
import { USER_ROLES, type Actor, type Channel, type RawConversation, type RawMessage } from '../model.js';
import { currentProcess, isProcessAlive } from '../process-identity.js';
import { recordAudit } from '../store/audit-log.js';
import { isDatabaseUnavailable, type Db } from '../store/database.js';
import { ImportWriter } from '../store/imports.js';
import { loadConversationsOfSource, saveReplyLinks } from '../store/reply-links.js';
import { pickReplies } from '../text/reply/find-replies.js';
import { OPERATOR, requireRole } from './actor.js';

/** The shops faqtory is made for are Polish first: logs without an offset are read in this zone unless told otherwise. */
export const DEFAULT_TIMEZONE = 'Europe/Warsaw';

export interface ImportInput extends Omit<ReadOptions, 'onProgress' | 'timezone' | 'columns'> {
  /** Files and folders to import. */
  paths: readonly string[];
  format?: FormatId;
  /** Default DEFAULT_TIMEZONE. */
  timezone?: string;
  columns?: ReadOptions['columns'];
  /** --channel: the label to file every question under; never changes how text is read. */
  channel?: Channel;
  /** Who imports (any role may); the CLI's operator when absent. */
  actor?: Actor;
  /**
   * Files are recorded by their path relative to this folder: uploads are unpacked into a
   * temporary folder whose name means nothing to the user.
   */
  pathsRelativeTo?: string;
}

export type FileOutcome = 'imported' | 'unchanged' | 'skipped' | 'rejected';

/** One element of `faqtory import --json` (see README "JSON output and message refs"). */
export interface FileResult {
  file: string;
  format: FormatId | null;
  outcome: FileOutcome;
  messages: number;
  questions: number;
  /** Messages already stored from another export. */
  duplicates: number;
  /** Why a file was rejected or skipped, in words for the user. */
  reason?: string;
  /** What the user should check in an imported file, and how to fix it (roles that were guessed). */
  warning?: string;
}

/** Hooks for the CLI (progress bar, per-file lines); the use case itself prints nothing. */
export interface ImportObserver {
  fileStarted?(file: string, format: FormatId, bytes: number): void;
  progress?(file: string, bytesRead: number): void;
  fileFinished?(result: FileResult): void;
}

interface Counts {
  messages: number;
  questions: number;
  duplicates: number;
  /** Conversations whose log did not say who is the shop. */
  rolesGuessed: number;
}

/**
 * Imports customer-service logs: find files -> choose the format -> read conversations ->
 * extract questions and the shop's replies (on a worker thread) -> store -> link each question
 * of the touched conversations to the reply that answered it. Each file is all-or-nothing: its
 * rows are written in short transactions, its questions published (and linked) together at the
 * end (see store/imports.ts); a file that fails to parse is deleted whole, reported as
 * rejected, and the next file goes on.
 */
export async function importLogs(db: Db, input: ImportInput, observer: ImportObserver = {}): Promise<FileResult[]> {
  const actor = input.actor ?? OPERATOR;
  requireRole(actor, USER_ROLES);
  const forced = input.format ? adapterById(input.format) : null;
  const writer = new ImportWriter(db);
  writer.discardInterrupted(isProcessAlive);
  const extractor = new QuestionExtractor((applyAll) => writer.atomically(applyAll));
  const results: FileResult[] = [];
  try {
    for (const file of await findFiles(input.paths)) {
      const result = await importFile(db, writer, extractor, file, forced, input, observer);
      results.push(result);
      observer.fileFinished?.(result);
    }
  } finally {
    await extractor.close();
  }
  const imported = results.filter((result) => result.outcome === 'imported');
  if (imported.length > 0) {
    recordAudit(db, {
      userId: actor.id,
      action: 'import',
      details: { files: imported.map((result) => result.file), questions: imported.reduce((sum, result) => sum + result.questions, 0) },
    });
  }
  return results;
}

async function importFile(
  db: Db,
  writer: ImportWriter,
  extractor: QuestionExtractor,
  file: InputFile,
  forced: FormatAdapter | null,
  input: ImportInput,
  observer: ImportObserver,
): Promise<FileResult> {
  const name = input.pathsRelativeTo ? relative(input.pathsRelativeTo, file.path) : file.path;
  const empty = { file: name, messages: 0, questions: 0, duplicates: 0 };
  let choice: AdapterChoice;
  let sha256 = '';
  try {
    choice = await chooseAdapter(file, forced);
    // Hashing reads the file once more, but a re-import is then skipped before any parsing.
    if (!('outcome' in choice)) sha256 = await hashFile(file.path);
  } catch (error) {
    // A file that cannot even be read (no permission, removed meanwhile) is that file's rejection too.
    return { ...empty, format: forced?.id ?? null, outcome: 'rejected', reason: rejectionReason(name, error) };
  }
  if ('outcome' in choice) {
    return { ...empty, format: choice.adapter?.id ?? null, outcome: choice.outcome, reason: choice.reason?.replaceAll(file.path, name) };
  }
  const { adapter, bytes } = choice;
  const previous = writer.alreadyImported(sha256);
  if (previous !== null) {
    return { ...empty, format: adapter.id, outcome: 'unchanged', reason: `already imported as ${previous}` };
  }
  const channel: Channel = channelOf(adapter, input.channel);
  observer.fileStarted?.(file.path, adapter.id, bytes);
  const counts: Counts = { messages: 0, questions: 0, duplicates: 0, rolesGuessed: 0 };
  writer.begin({ path: name, sha256, format: adapter.id, channel, bytes, importedBy: input.actor?.id ?? null }, currentProcess());
  try {
    const reader = await adapter.loadReader();
    const readOptions: ReadOptions = {
      ...input,
      timezone: input.timezone ?? DEFAULT_TIMEZONE,
      columns: input.columns ?? {},
      onProgress: (read) => observer.progress?.(file.path, read),
    };
    let batch: RawConversation[] = [];
    for await (const conversation of reader.read(file.path, readOptions)) {
      batch.push(conversation);
      if (batch.length < STORE_BATCH) continue;
      await storeConversations(writer, extractor, sha256, adapter, input, batch, counts);
      batch = [];
    }
    await storeConversations(writer, extractor, sha256, adapter, input, batch, counts);
    await extractor.flush();
    writer.commit(counts, () => linkReplies(db, writer.currentSource));
  } catch (error) {
    // Questions still being extracted are staged, then deleted with the file right after.
    await extractor.flush().catch(() => undefined);
    writer.rollback();
    // The store failing (busy, disk full) is no fault of this file and would fail the next one too.
    if (isDatabaseUnavailable(error)) throw error;
    // The per-file catch boundary: whatever else fails while one file is read or extracted (its
    // damage, or a bug it triggers) rejects that file alone, and the next file goes on.
    return { ...empty, format: adapter.id, outcome: 'rejected', reason: rejectionReason(name, error) };
  }
  const { rolesGuessed, ...stored } = counts;
  return { file: name, format: adapter.id, outcome: 'imported', ...stored, ...(rolesGuessed ? { warning: guessedRolesWarning(rolesGuessed) } : {}) };
}

function guessedRolesWarning(conversations: number): string {
  return (
    `${conversations === 1 ? 'the log does' : `${conversations} conversations do`} not say who is the shop, so whoever wrote first ` +
    'was taken as the customer. If the shop wrote first, name its speaker with --shop "<name>" when importing such logs.'
  );
}

/** Why a file was rejected, naming it as the user knows it (`name`: see `pathsRelativeTo`). */
function rejectionReason(path: string, error: unknown): string {
  // The reader names the file by the path it opened; the message keeps everything after it.
  if (error instanceof ParseError) return error.message.startsWith(error.file) ? path + error.message.slice(error.file.length) : error.message;
  if (error instanceof FaqtoryError) return `${path}: ${error.message}`;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${path}: reading this file failed unexpectedly (${what}); nothing of it was stored. Check that it is a complete export, and report it if it is.`;
}

/** Conversations stored per transaction: a commit per call-log row made SQLite the bottleneck. */
const STORE_BATCH = 1024;

async function storeConversations(
  writer: ImportWriter,
  extractor: QuestionExtractor,
  sha256: string,
  adapter: FormatAdapter,
  input: ImportInput,
  conversations: readonly RawConversation[],
  counts: Counts,
): Promise<void> {
  // One short transaction for the batch, and nothing awaited inside it.
  const stored = writer.atomically(() =>
    conversations.map((conversation) => storeMessages(writer, sha256, channelOf(adapter, input.channel, conversation), conversation, counts)),
  );
  for (const entry of stored) if (entry) await extractFrom(writer, extractor, entry, counts);
}

interface StoredConversation {
  conversation: RawConversation;
  channel: Channel;
  id: number;
  continuing: boolean;
  fresh: RawMessage[];
  messageIds: Map<string, number>;
}

/** Stores a conversation's messages; null when nothing new in it can ask or answer. */
function storeMessages(writer: ImportWriter, sha256: string, channel: Channel, conversation: RawConversation, counts: Counts): StoredConversation | null {
  if (conversation.rolesGuessed) counts.rolesGuessed++;
  const startedAt = conversation.messages.find((m) => m.sentAt)?.sentAt ?? null;
  const messageIds = new Map<string, number>();
  const stored = writer.conversation(channel, conversation.id, startedAt);
  const fresh = conversation.messages.filter((message) => {
    // Without a native global id, a message is identified by the file's content and its ref
    // (64 bits of the content hash are plenty to tell files apart, and keep the index small).
    const id = writer.message(stored.id, message.key ?? `${sha256.slice(0, 16)}:${message.ref}`, message);
    if (id === null) {
      counts.duplicates++;
      return false;
    }
    counts.messages++;
    messageIds.set(message.ref, id);
    return true;
  });
  // A file of only shop messages (a Sent folder) still brings replies to questions stored earlier.
  if (!fresh.some((m) => m.role !== 'system')) return null;
  return { conversation, channel, id: stored.id, continuing: stored.hadCustomerTurn, fresh, messageIds };
}

async function extractFrom(writer: ImportWriter, extractor: QuestionExtractor, stored: StoredConversation, counts: Counts): Promise<void> {
  const { conversation, channel, continuing, fresh, messageIds } = stored;
  // The extractor runs these callbacks a returned batch at a time, in one transaction.
  await extractor.extract({ ...conversation, messages: continuing ? fresh : conversation.messages }, continuing, ({ questions, replies }) => {
    for (const reply of replies) {
      const messageId = messageIds.get(reply.ref);
      if (messageId !== undefined) writer.reply(messageId, reply);
    }
    for (const question of questions) {
      const messageId = messageIds.get(question.ref);
      // A question from a message stored by an earlier import was counted then.
      if (messageId === undefined) continue;
      writer.question(messageId, stored.id, channel, question);
      counts.questions++;
    }
  });
}

/**
 * Links the questions of every conversation the file added messages to with the message that
 * answered them, over the whole stored conversation: the answer may have come in this file
 * (a Sent folder) to a question stored from another one.
 */
function linkReplies(db: Db, sourceId: number): void {
  const changed: { questionMessageId: number; replyMessageId: number | null }[] = [];
  for (const { steps } of loadConversationsOfSource(db, sourceId)) {
    const questionIndexes = steps.flatMap((step, i) => (step.asks ? [i] : []));
    pickReplies(steps, questionIndexes).forEach((at, k) => {
      const question = steps[questionIndexes[k]!]!;
      const replyMessageId = at === null ? null : steps[at]!.messageId;
      if (replyMessageId !== question.linked) changed.push({ questionMessageId: question.messageId, replyMessageId });
    });
  }
  // After the loop: better-sqlite3 runs no statement while another one is being iterated.
  saveReplyLinks(db, changed);
}
