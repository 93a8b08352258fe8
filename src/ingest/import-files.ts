import { basename } from 'node:path';
import { FaqtoryError, ParseError } from '../errors.js';
import type { Channel, RawConversation } from '../model.js';
import type { Db } from '../store/database.js';
import { ImportWriter } from '../store/imports.js';
import type { FormatAdapter, FormatId, ReadOptions } from './adapter.js';
import { channelOf } from './channel.js';
import { hashFile, sampleFile } from './file-sample.js';
import { findFiles, type InputFile } from './find-files.js';
import { QuestionExtractor } from './question-extractor.js';
import { adapterById, detectFormat } from './registry.js';

/** Names that plain-text question lists have when found inside a folder: .txt, .log, or none. */
const PLAIN_TEXT_NAME = /^[^.]+$|\.(txt|log)$/i;

export interface ImportOptions extends Omit<ReadOptions, 'onProgress'> {
  format?: FormatId;
  /** --channel: the label to file every question under; never changes how text is read. */
  channel?: Channel;
}

export type FileOutcome = 'imported' | 'unchanged' | 'skipped' | 'rejected';

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
}

/** Hooks for the CLI (progress bar, per-file lines); the pipeline itself prints nothing. */
export interface ImportObserver {
  fileStarted?(file: string, format: FormatId, bytes: number): void;
  progress?(file: string, bytesRead: number): void;
  fileFinished?(result: FileResult): void;
}

/**
 * The import pipeline: find files -> detect format -> read conversations -> extract questions ->
 * store. Each file is one transaction: a file that fails to parse is rolled back whole and the
 * next file goes on.
 */
export async function importFiles(
  db: Db,
  paths: readonly string[],
  options: ImportOptions,
  observer: ImportObserver = {},
): Promise<FileResult[]> {
  const forced = options.format ? adapterById(options.format) : null;
  const writer = new ImportWriter(db);
  const extractor = new QuestionExtractor();
  const results: FileResult[] = [];
  try {
    for (const input of await findFiles(paths)) {
      const result = await importOne(writer, extractor, input, forced, options, observer);
      results.push(result);
      observer.fileFinished?.(result);
    }
  } finally {
    await extractor.close();
  }
  return results;
}

async function importOne(
  writer: ImportWriter,
  extractor: QuestionExtractor,
  input: InputFile,
  forced: FormatAdapter | null,
  options: ImportOptions,
  observer: ImportObserver,
): Promise<FileResult> {
  const empty = { file: input.path, format: null, messages: 0, questions: 0, duplicates: 0 };
  const sample = await sampleFile(input.path);
  if (sample.size === 0) return { ...empty, outcome: input.named ? 'rejected' : 'skipped', reason: 'the file is empty' };
  let adapter: FormatAdapter;
  try {
    adapter = forced ?? detectFormat(sample);
  } catch (error) {
    if (!(error instanceof FaqtoryError)) throw error;
    // Exports carry photos and HTML indexes beside the logs; only a file the user named is an error.
    return { ...empty, outcome: input.named ? 'rejected' : 'skipped', reason: error.message };
  }
  if (!input.named && !forced && adapter.id === 'text' && !PLAIN_TEXT_NAME.test(basename(input.path))) {
    // Plain text is the fallback that takes any text file; inside a folder, a README or a
    // data file that no log format claims is far more likely than a list of questions.
    return {
      ...empty,
      outcome: 'skipped',
      reason: 'not a log format faqtory recognises (to read it as one question per line, import it by name with --format text)',
    };
  }
  // Hashing reads the file once more, but a re-import is then skipped before any parsing.
  const sha256 = await hashFile(input.path);
  const previous = writer.alreadyImported(sha256);
  if (previous !== null) {
    return { ...empty, format: adapter.id, outcome: 'unchanged', reason: `already imported as ${previous}` };
  }
  const channel: Channel = channelOf(adapter, options.channel);
  observer.fileStarted?.(input.path, adapter.id, sample.size);
  const counts = { messages: 0, questions: 0, duplicates: 0 };
  writer.begin({ path: input.path, sha256, format: adapter.id, channel, bytes: sample.size });
  try {
    const reader = await adapter.loadReader();
    const readOptions: ReadOptions = { ...options, onProgress: (bytes) => observer.progress?.(input.path, bytes) };
    for await (const conversation of reader.read(input.path, readOptions)) {
      await storeConversation(writer, extractor, sha256, channelOf(adapter, options.channel, conversation), conversation, counts);
    }
    await extractor.flush();
    writer.commit(counts);
  } catch (error) {
    // Questions still being extracted land in the transaction that is rolled back right after.
    await extractor.flush().catch(() => undefined);
    writer.rollback();
    if (error instanceof ParseError) {
      return { ...empty, format: adapter.id, outcome: 'rejected', reason: error.message };
    }
    if (error instanceof FaqtoryError) {
      return { ...empty, format: adapter.id, outcome: 'rejected', reason: `${input.path}: ${error.message}` };
    }
    throw error;
  }
  return { file: input.path, format: adapter.id, outcome: 'imported', ...counts };
}

async function storeConversation(
  writer: ImportWriter,
  extractor: QuestionExtractor,
  sha256: string,
  channel: Channel,
  conversation: RawConversation,
  counts: { messages: number; questions: number; duplicates: number },
): Promise<void> {
  const startedAt = conversation.messages.find((m) => m.sentAt)?.sentAt ?? null;
  const stored = writer.conversation(channel, conversation.id, startedAt);
  const messageIds = new Map<string, number>();
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
  if (!fresh.some((m) => m.role === 'customer')) return;
  const continuing = stored.hadCustomerTurn;
  await extractor.extract({ ...conversation, messages: continuing ? fresh : conversation.messages }, continuing, (questions) => {
    for (const question of questions) {
      const messageId = messageIds.get(question.ref);
      // A question from a message stored by an earlier import was counted then.
      if (messageId === undefined) continue;
      writer.question(messageId, stored.id, channel, question);
      counts.questions++;
    }
  });
}
