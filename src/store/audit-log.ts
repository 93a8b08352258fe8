import type { AuditAction } from '../model.js';
import type { Db } from './database.js';

/** One editor's action as the audit page shows it. */
export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  /** The name at the time of the action, kept after the account is deleted; null for the CLI. */
  userName: string | null;
  action: AuditAction;
  details: Record<string, unknown>;
}

export interface NewAuditEntry {
  userId: number | null;
  action: AuditAction;
  details?: Record<string, unknown>;
  at?: Date;
}

/** Records an action inside the caller's transaction, so it is logged exactly when it happened. */
export function recordAudit(db: Db, entry: NewAuditEntry): void {
  db.prepare<[string, number | null, number | null, string, string]>(
    `INSERT INTO audit_log (at, user_id, user_name, action, details)
     VALUES (?, ?, (SELECT name FROM users WHERE id = ?), ?, ?)`,
  ).run((entry.at ?? new Date()).toISOString(), entry.userId, entry.userId, entry.action, JSON.stringify(entry.details ?? {}));
}

/** The newest entries first. */
export function listAuditLog(db: Db, limit = 200, offset = 0): AuditEntry[] {
  return db
    .prepare<[number, number], Omit<AuditEntry, 'details'> & { details: string }>(
      `SELECT id, at, user_id AS userId, user_name AS userName, action, details
       FROM audit_log ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset)
    .map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}

export function countAuditLog(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM audit_log').get()!.n;
}
