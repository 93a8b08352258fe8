import { FaqtoryError, ParseError } from '../errors.js';
import type { FormatAdapter, FormatId, ReadOptions } from '../ingest/adapter.js';
import { chooseAdapter, type AdapterChoice } from '../ingest/choose-adapter.js';
import { hashFile } from '../ingest/file-sample.js';
import { findFiles, type InputFile } from '../ingest/find-files.js';
import { QuestionExtractor } from '../ingest/question-extractor.js';
import { adapterById } from '../ingest/registry.js';
import type { Channel, RawConversation } from '../model.js';
import { currentProcess, isProcessAlive } from '../process-identity.js';
import { isDatabaseUnavailable, type Db } from '../store/database.js';
import { ImportWriter } from '../store/imports.js';
import { loadConversationsOfSource, saveReplyLinks } from '../store/reply-links.js';
import { pickReplies } from '../text/reply/find-replies.js';
import { channelOf } from '../ingest/channel.js';

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
  const forced = input.format ? adapterById(input.format) : null;
  const writer = new ImportWriter(db);
  writer.discardInterrupted(isProcessAlive);
  const extractor = new QuestionExtractor();
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
  const empty = { file: file.path, messages: 0, questions: 0, duplicates: 0 };
  let choice: AdapterChoice;
  let sha256 = '';
  try {
    choice = await chooseAdapter(file, forced);
    // Hashing reads the file once more, but a re-import is then skipped before any parsing.
    if (!('outcome' in choice)) sha256 = await hashFile(file.path);
  } catch (error) {
    // A file that cannot even be read (no permission, removed meanwhile) is that file's rejection too.
    return { ...empty, format: forced?.id ?? null, outcome: 'rejected', reason: rejectionReason(file.path, error) };
  }
  if ('outcome' in choice) return { ...empty, format: choice.adapter?.id ?? null, outcome: choice.outcome, reason: choice.reason };
  const { adapter, bytes } = choice;
  const previous = writer.alreadyImported(sha256);
  if (previous !== null) {
    return { ...empty, format: adapter.id, outcome: 'unchanged', reason: `already imported as ${previous}` };
  }
  const channel: Channel = channelOf(adapter, input.channel);
  observer.fileStarted?.(file.path, adapter.id, bytes);
  const counts: Counts = { messages: 0, questions: 0, duplicates: 0, rolesGuessed: 0 };
  writer.begin({ path: file.path, sha256, format: adapter.id, channel, bytes }, currentProcess());
  try {
    const reader = await adapter.loadReader();
    const readOptions: ReadOptions = {
      ...input,
      timezone: input.timezone ?? DEFAULT_TIMEZONE,
      columns: input.columns ?? {},
      onProgress: (read) => observer.progress?.(file.path, read),
    };
    for await (const conversation of reader.read(file.path, readOptions)) {
      await storeConversation(writer, extractor, sha256, channelOf(adapter, input.channel, conversation), conversation, counts);
    }
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
    return { ...empty, format: adapter.id, outcome: 'rejected', reason: rejectionReason(file.path, error) };
  }
  const { rolesGuessed, ...stored } = counts;
  return { file: file.path, format: adapter.id, outcome: 'imported', ...stored, ...(rolesGuessed ? { warning: guessedRolesWarning(rolesGuessed) } : {}) };
}

function guessedRolesWarning(conversations: number): string {
  return (
    `${conversations === 1 ? 'the log does' : `${conversations} conversations do`} not say who is the shop, so whoever wrote first ` +
    'was taken as the customer. If the shop wrote first, name its speaker with --shop "<name>" when importing such logs.'
  );
}

function rejectionReason(path: string, error: unknown): string {
  if (error instanceof ParseError) return error.message;
  if (error instanceof FaqtoryError) return `${path}: ${error.message}`;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${path}: reading this file failed unexpectedly (${what}); nothing of it was stored. Check that it is a complete export, and report it if it is.`;
}

async function storeConversation(
  writer: ImportWriter,
  extractor: QuestionExtractor,
  sha256: string,
  channel: Channel,
  conversation: RawConversation,
  counts: Counts,
): Promise<void> {
  if (conversation.rolesGuessed) counts.rolesGuessed++;
  const startedAt = conversation.messages.find((m) => m.sentAt)?.sentAt ?? null;
  const messageIds = new Map<string, number>();
  // One short transaction per conversation, and nothing awaited inside it.
  const { stored, fresh } = writer.atomically(() => {
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
    return { stored, fresh };
  });
  // A file of only shop messages (a Sent folder) still brings replies to questions stored earlier.
  if (!fresh.some((m) => m.role !== 'system')) return;
  const continuing = stored.hadCustomerTurn;
  await extractor.extract({ ...conversation, messages: continuing ? fresh : conversation.messages }, continuing, ({ questions, replies }) => {
    writer.atomically(() => {
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
