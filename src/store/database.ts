import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
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
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
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
