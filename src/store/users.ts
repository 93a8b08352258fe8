import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { because } from '../error-reasons.js';
import { ConfigError, ConflictError } from '../errors.js';
import { USER_ROLES, type UserRole } from '../model.js';
import type { Db } from './database.js';

export interface User {
  id: number;
  name: string;
  role: UserRole;
}

export const MIN_PASSWORD_LENGTH = 8;

// scrypt cost parameters are stored with each hash so they can be raised later without
// invalidating existing passwords.
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 64 };

// scrypt runs on libuv's small thread pool, which also reads the files /faq/ serves: a flood of
// logins hashing on every thread would stall the public site. One hash at a time leaves the rest free.
const MAX_CONCURRENT_HASHES = 1;
let hashing = 0;
const waitingForHash: (() => void)[] = [];

async function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  if (hashing >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waitingForHash.push(resolve));
  else hashing++;
  try {
    return await new Promise((resolve, reject) => {
      scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
    });
  } finally {
    // The slot passes straight to the next waiter, so `hashing` only drops when nobody waits.
    const next = waitingForHash.shift();
    if (next) next();
    else hashing--;
  }
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

export function checkRole(role: string): UserRole {
  if (!isUserRole(role)) {
    throw new ConfigError(because('user.role.unknown', { value: role, roles: USER_ROLES.join(', ') }), 'role');
  }
  return role;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(because('user.password.tooShort', { count: MIN_PASSWORD_LENGTH }), 'password');
  }
}

export async function createUser(db: Db, name: string, role: string, password: string): Promise<User> {
  const trimmed = name.trim();
  if (!trimmed) throw new ConfigError(because('user.name.empty'), 'name');
  const checked = checkRole(role);
  checkPassword(password);
  if (findUserByName(db, trimmed)) {
    throw new ConflictError(because('user.name.taken', { name: trimmed }), 'user', trimmed);
  }
  const passwordHash = await hashPassword(password);
  const result = db
    .prepare<[string, UserRole, string, string]>('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(trimmed, checked, passwordHash, new Date().toISOString());
  return { id: Number(result.lastInsertRowid), name: trimmed, role: checked };
}

export function findUserByName(db: Db, name: string): (User & { passwordHash: string; disabled: boolean }) | undefined {
  const row = db
    .prepare<[string], User & { passwordHash: string; disabledAt: string | null }>(
      'SELECT id, name, role, password_hash AS passwordHash, disabled_at AS disabledAt FROM users WHERE name = ?',
    )
    .get(name);
  return row && { id: row.id, name: row.name, role: row.role, passwordHash: row.passwordHash, disabled: row.disabledAt !== null };
}

/** The user if the name and password match, otherwise undefined (never says which one was wrong). */
export async function authenticate(db: Db, name: string, password: string): Promise<User | undefined> {
  const found = findUserByName(db, name.trim());
  if (!found || found.disabled) {
    // Spend the same time as a real check so that response times do not reveal user names.
    await hashPassword(password);
    return undefined;
  }
  if (!(await verifyPassword(password, found.passwordHash))) return undefined;
  return { id: found.id, name: found.name, role: found.role };
}

export function countUsers(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users').get()!.n;
}

/** An account as the team page lists it. */
export interface UserAccount extends User {
  createdAt: string;
  disabledAt: string | null;
  /** Created by the demo with a publicly known password. */
  demo: boolean;
}

const ACCOUNT_COLUMNS = 'id, name, role, created_at AS createdAt, disabled_at AS disabledAt, demo';

type AccountRow = Omit<UserAccount, 'demo'> & { demo: number };

function toAccount(row: AccountRow): UserAccount {
  return { ...row, demo: row.demo === 1 };
}

export function listUserAccounts(db: Db): UserAccount[] {
  return db.prepare<[], AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM users ORDER BY name COLLATE NOCASE`).all().map(toAccount);
}

export function findUserAccount(db: Db, id: number): UserAccount | undefined {
  const row = db.prepare<[number], AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM users WHERE id = ?`).get(id);
  return row && toAccount(row);
}

/** Administrators who can still log in: the last one may not be removed, disabled or demoted. */
export function countActiveAdmins(db: Db): number {
  return db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL").get()!.n;
}

/** Every account with its number of open sessions, by name. */
export function listUsers(db: Db): (User & { createdAt: string; sessions: number })[] {
  return db
    .prepare<[string], User & { createdAt: string; sessions: number }>(
      `SELECT users.id, users.name, users.role, users.created_at AS createdAt,
         (SELECT COUNT(*) FROM sessions WHERE sessions.user_id = users.id AND sessions.expires_at > ?) AS sessions
       FROM users ORDER BY users.name`,
    )
    .all(new Date().toISOString());
}

export function updatePasswordHash(db: Db, userId: number, passwordHash: string): void {
  db.prepare<[string, number]>('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
}

export function updateRole(db: Db, userId: number, role: UserRole): void {
  db.prepare<[UserRole, number]>('UPDATE users SET role = ? WHERE id = ?').run(role, userId);
}

/** Disables (when `disabledAt` is a time) or enables an account; the caller ends its sessions. */
export function setUserDisabled(db: Db, userId: number, disabledAt: Date | null): void {
  db.prepare<[string | null, number]>('UPDATE users SET disabled_at = ? WHERE id = ?').run(disabledAt?.toISOString() ?? null, userId);
}

/** Deletes the account; its sessions go with it (ON DELETE CASCADE), its answers keep no author. */
export function deleteUserAccount(db: Db, userId: number): void {
  db.prepare<[number]>('UPDATE answers SET updated_by = NULL WHERE updated_by = ?').run(userId);
  db.prepare<[number]>('UPDATE answer_versions SET created_by = NULL WHERE created_by = ?').run(userId);
  db.prepare<[number]>('DELETE FROM users WHERE id = ?').run(userId);
}

export function markDemoUser(db: Db, id: number): void {
  db.prepare<[number]>('UPDATE users SET demo = 1 WHERE id = ?').run(id);
}

/** The editor language a user chose, or null to follow their browser. */
export function getUserLocale(db: Db, userId: number): string | null {
  return db.prepare<[number], { locale: string | null }>('SELECT locale FROM users WHERE id = ?').get(userId)?.locale ?? null;
}

export function setUserLocale(db: Db, userId: number, locale: string | null): void {
  db.prepare<[string | null, number]>('UPDATE users SET locale = ? WHERE id = ?').run(locale, userId);
}
