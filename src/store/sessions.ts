import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import type { User } from './users.js';

/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** ...and after this long in any case, however active. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Recording every request would make each page a write; a minute is precise enough for an idle limit.
const TOUCH_EVERY_MS = 60 * 1000;

// Only a hash of the token is stored, so a copy of the database cannot be used to log in.
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session and returns the token for the cookie. */
export function createSession(db: Db, userId: number, now = new Date()): string {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  db.transaction(() => {
    db.prepare<[string, string]>('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(
      at,
      new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
    );
    db.prepare<[string, number, string, string, string]>(
      'INSERT INTO sessions (token_hash, user_id, expires_at, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
    ).run(hashToken(token), userId, new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(), at, at);
  })();
  return token;
}

export interface SessionUser extends User {
  /** When the session last recorded a request (ISO). */
  lastSeenAt: string;
}

/** The session's user while the session is neither idle too long nor past its absolute end. */
export function findSessionUser(db: Db, token: string, now = new Date()): SessionUser | undefined {
  return db
    .prepare<[string, string, string], SessionUser>(
      `SELECT users.id, users.name, users.role, sessions.last_seen_at AS lastSeenAt
       FROM sessions JOIN users ON users.id = sessions.user_id
       WHERE sessions.token_hash = ? AND sessions.expires_at > ? AND sessions.last_seen_at > ?`,
    )
    .get(hashToken(token), now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
}

/** Whether the session's last request is old enough to be recorded again (see `touchSession`). */
export function sessionNeedsTouch(lastSeenAt: string, now = new Date()): boolean {
  return now.getTime() - Date.parse(lastSeenAt) >= TOUCH_EVERY_MS;
}

/** Records a request on the session, which keeps it from going idle. */
export function touchSession(db: Db, token: string, now = new Date()): void {
  db.prepare<[string, string]>('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now.toISOString(), hashToken(token));
}

export function deleteSession(db: Db, token: string): void {
  db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

/** Logs the user out everywhere; returns how many sessions ended. */
export function deleteUserSessions(db: Db, userId: number): number {
  return db.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
}

/** Logs everybody out; returns how many sessions ended. */
export function deleteAllSessions(db: Db): number {
  return db.prepare('DELETE FROM sessions').run().changes;
}

/** The secret the server signs its form tokens with, created on first use and kept in the store. */
export function serverSecret(db: Db): Buffer {
  const select = db.prepare<[], { secret: Buffer }>('SELECT secret FROM server_secret WHERE id = 1');
  const existing = select.get();
  if (existing) return existing.secret;
  db.prepare<[Buffer]>('INSERT OR IGNORE INTO server_secret (id, secret) VALUES (1, ?)').run(randomBytes(32));
  return select.get()!.secret;
}
