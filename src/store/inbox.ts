import type { Db } from './database.js';

/** An inbox file already seen, by content: it is not imported again, even under another name. */
export function inboxFileSeen(db: Db, sha256: string): boolean {
  return db.prepare<[string], { one: number }>('SELECT 1 AS one FROM inbox_files WHERE sha256 = ?').get(sha256) !== undefined;
}

export function rememberInboxFile(db: Db, file: { sha256: string; path: string; outcome: string; reason: string | null }, now = new Date()): void {
  db.prepare<[string, string, string, string | null, string]>(
    `INSERT INTO inbox_files (sha256, path, outcome, reason, seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, outcome = excluded.outcome, reason = excluded.reason, seen_at = excluded.seen_at`,
  ).run(file.sha256, file.path, file.outcome, file.reason, now.toISOString());
}
