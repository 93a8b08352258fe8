import { ConfigError } from '../errors.js';
import type { Actor, UserRole } from '../model.js';
import type { Db } from '../store/database.js';
import { deleteAllSessions, deleteUserSessions } from '../store/sessions.js';
import { checkPassword, checkRole, deleteUserAccount, findUserByName, hashPassword, updatePasswordHash, updateRole, type User } from '../store/users.js';
import { requireRole } from './actor.js';

/**
 * Account management (`faqtory user ...`, and the users page): administrators only. A new
 * password or a removed account ends that user's sessions, so a leaked password or a former
 * employee's open browser stops working at once.
 */

const ADMINS: readonly UserRole[] = ['admin'];

function accountNamed(db: Db, name: string): User {
  const found = findUserByName(db, name.trim());
  if (!found) throw new ConfigError(`There is no user named "${name.trim()}". See the names with \`faqtory user list\`.`, 'name');
  return { id: found.id, name: found.name, role: found.role };
}

/** Sets a new password; returns how many of the user's sessions were ended. */
export async function changePassword(db: Db, input: { name: string; password: string; actor: Actor }): Promise<{ user: User; endedSessions: number }> {
  requireRole(input.actor, ADMINS);
  checkPassword(input.password);
  // Hashing is asynchronous, so it happens before the transaction (which re-finds the account).
  const passwordHash = await hashPassword(input.password);
  return db.transaction(() => {
    const user = accountNamed(db, input.name);
    updatePasswordHash(db, user.id, passwordHash);
    return { user, endedSessions: deleteUserSessions(db, user.id) };
  })();
}

export function changeRole(db: Db, input: { name: string; role: string; actor: Actor }): User {
  requireRole(input.actor, ADMINS);
  const role = checkRole(input.role);
  return db.transaction(() => {
    const user = accountNamed(db, input.name);
    updateRole(db, user.id, role);
    return { ...user, role };
  })();
}

/** Deletes the account and so every session of it; what it wrote stays, without its name. */
export function removeUser(db: Db, input: { name: string; actor: Actor }): { user: User; endedSessions: number } {
  requireRole(input.actor, ADMINS);
  return db.transaction(() => {
    const user = accountNamed(db, input.name);
    const endedSessions = deleteUserSessions(db, user.id);
    deleteUserAccount(db, user.id);
    return { user, endedSessions };
  })();
}

/** "Log out all sessions": of one user when a name is given, else of everybody. */
export function endSessions(db: Db, input: { name?: string; actor: Actor }): number {
  requireRole(input.actor, ADMINS);
  return db.transaction(() => (input.name === undefined ? deleteAllSessions(db) : deleteUserSessions(db, accountNamed(db, input.name).id)))();
}
