import { resolve } from 'node:path';
import { hashFile } from '../ingest/file-sample.js';
import { moveToDone, settledInboxFiles } from '../ingest/inbox.js';
import type { Db } from '../store/database.js';
import { inboxFileSeen, rememberInboxFile } from '../store/inbox.js';
import { importLogs, type FileResult, type ImportInput, type ImportObserver } from './import-logs.js';

export interface InboxInput extends Omit<ImportInput, 'paths'> {
  /** The folder shops drop new log files into. */
  inbox: string;
  /** Where imported files are moved; they stay in the inbox when not given. */
  doneDir?: string;
  now?: Date;
}

export interface InboxSummary {
  /** The files new to the inbox, with how their import went. */
  files: FileResult[];
  /** Questions the new files added. */
  questions: number;
}

/**
 * Imports the files dropped into the inbox since the last run. Each file is remembered by its
 * content, whatever became of it, so a file is never imported twice and a broken one is
 * reported once, not on every run; a corrected copy has other content and is read again.
 */
export async function importInbox(db: Db, input: InboxInput, observer: ImportObserver = {}): Promise<InboxSummary> {
  const { inbox, doneDir, now, ...options } = input;
  /** The new files by path, with their content hash; two copies of one content are read once. */
  const hashes = new Map<string, string>();
  const contents = new Set<string>();
  for (const file of await settledInboxFiles(inbox, (now ?? new Date()).getTime())) {
    const sha256 = await hashFile(file);
    if (inboxFileSeen(db, sha256) || contents.has(sha256)) continue;
    contents.add(sha256);
    hashes.set(resolve(file), sha256);
  }
  if (hashes.size === 0) return { files: [], questions: 0 };
  const files = await importLogs(db, { ...options, paths: [...hashes.keys()] }, observer);
  for (const result of files) {
    const sha256 = hashes.get(resolve(result.file))!;
    rememberInboxFile(db, { sha256, path: result.file, outcome: result.outcome, reason: result.reason ?? null }, now);
    if (doneDir && result.outcome !== 'rejected') await moveToDone(result.file, inbox, doneDir, sha256);
  }
  return { files, questions: files.reduce((sum, result) => sum + result.questions, 0) };
}
