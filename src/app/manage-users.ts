import { because } from '../error-reasons.js';
import { ConfigError } from '../errors.js';
import type { Actor } from '../model.js';
import type { Db } from '../store/database.js';
import { deleteAllSessions, deleteUserSessions } from '../store/sessions.js';
import { findUserByName, type User } from '../store/users.js';
import { requireRole } from './actor.js';
import { changeUserRole } from './change-user-role.js';
import { removeAccount } from './remove-account.js';
import { resetPassword } from './reset-password.js';
import { ADMIN_ONLY } from './team-rules.js';
import { writeTransaction } from '../store/transaction.js';

/**
 * Account management by name, as `faqtory user ...` names accounts. Each one finds the account
 * and calls the use case the team page calls by id, so the rules (administrators only, the last
 * administrator kept, sessions ended, an audit entry) are the same both ways.
 */

function accountNamed(db: Db, name: string): User {
  const found = findUserByName(db, name.trim());
  if (!found) throw new ConfigError(because('user.name.unknown', { name: name.trim() }), 'name');
  return { id: found.id, name: found.name, role: found.role };
}

/** Sets a new password; returns how many of the user's sessions were ended. */
export async function changePassword(db: Db, input: { name: string; password: string; actor: Actor }): Promise<{ user: User; endedSessions: number }> {
  const user = accountNamed(db, input.name);
  const { endedSessions } = await resetPassword(db, { userId: user.id, password: input.password, actor: input.actor });
  return { user, endedSessions };
}

export function changeRole(db: Db, input: { name: string; role: string; actor: Actor }): User {
  const user = accountNamed(db, input.name);
  return { ...user, role: changeUserRole(db, { userId: user.id, role: input.role, actor: input.actor }).role };
}

/** Deletes the account and so every session of it; what it wrote stays, without its name. */
export function removeUser(db: Db, input: { name: string; actor: Actor }): { user: User; endedSessions: number } {
  const user = accountNamed(db, input.name);
  const { endedSessions } = removeAccount(db, { userId: user.id, actor: input.actor });
  return { user, endedSessions };
}

/** "Log out all sessions": of one user when a name is given, else of everybody. */
export function endSessions(db: Db, input: { name?: string; actor: Actor }): number {
  requireRole(input.actor, ADMIN_ONLY);
  return writeTransaction(db, () => (input.name === undefined ? deleteAllSessions(db) : deleteUserSessions(db, accountNamed(db, input.name).id)));
}
