import Database from 'better-sqlite3';
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { FaqtoryError } from '../errors.js';
import { migrations } from './migrations/index.js';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = 'data/faqtory.sqlite';

/** The database path from --db, then FAQTORY_DB, then the default. */
export function resolveDbPath(option: string | undefined): string {
  return option ?? process.env.FAQTORY_DB ?? DEFAULT_DB_PATH;
}

/** Opens (creating if needed) the store and brings its schema up to date. */
export function openDatabase(path: string): Db {
  let db: Db;
  try {
    if (path !== ':memory:') createPrivately(path);
    db = new Database(path);
  } catch (error) {
    throw new FaqtoryError(`Cannot open the database ${path}: ${(error as Error).message}`, { cause: error });
  }
  // WAL lets the web app read while an import or a scheduled build writes.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL still never corrupts the file; it only skips an fsync per commit.
  db.pragma('synchronous = NORMAL');
  // Large imports insert into several indexes at once: a bigger page cache keeps them in memory.
  db.pragma('cache_size = -65536');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/**
 * The store holds password hashes and customers' questions: only its owner may read it. SQLite
 * gives its -wal and -shm files the mode of the database file, so they are covered too.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  closeSync(openSync(path, 'a', 0o600));
  const info = statSync(path);
  // An older faqtory created it readable by all: tighten it when it is ours to change.
  if ((info.mode & 0o077) !== 0 && info.uid === process.getuid?.()) chmodSync(path, 0o600);
}

/**
 * A failure of the database as a whole (locked, busy, disk full, read-only, I/O), which no
 * input file causes and every next write would meet too. A damaged file read with SQLite (a
 * Kadu history) fails with other codes.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED|FULL|READONLY|IOERR)/.test(error.code);
}

/** Whether a statement failed because another connection (an import) holds the write lock. */
export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_BUSY_SNAPSHOT');
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new FaqtoryError(
      `The database was written by a newer faqtory (schema ${current}, this one knows ${latest}). Update faqtory.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
