import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import type { User } from './users.js';

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// Only a hash of the token is stored, so a copy of the database cannot be used to log in.
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session and returns the token for the cookie. */
export function createSession(db: Db, userId: number, now = new Date()): string {
  const token = randomBytes(32).toString('base64url');
  db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString());
  db.prepare<[string, number, string]>('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)').run(
    hashToken(token),
    userId,
    new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  );
  return token;
}

export function findSessionUser(db: Db, token: string, now = new Date()): User | undefined {
  return db
    .prepare<[string, string], User>(
      `SELECT users.id, users.name, users.role FROM sessions JOIN users ON users.id = sessions.user_id
       WHERE sessions.token_hash = ? AND sessions.expires_at > ? AND users.disabled_at IS NULL`,
    )
    .get(hashToken(token), now.toISOString());
}

export function deleteSession(db: Db, token: string): void {
  db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

/** Logs the user out everywhere; returns how many sessions ended. */
export function deleteUserSessions(db: Db, userId: number): number {
  return db.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
}
