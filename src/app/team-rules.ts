import { because } from '../error-reasons.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { Actor, UserRole } from '../model.js';
import type { Db } from '../store/database.js';
import { countActiveAdmins, findUserAccount, type UserAccount } from '../store/users.js';
import { OPERATOR, requireRole } from './actor.js';

/** Who manages accounts and settings. */
export const ADMIN_ONLY: readonly UserRole[] = ['admin'];

/** The account to change, after checking the actor is an administrator. */
export function accountToManage(db: Db, actor: Actor, userId: number): UserAccount {
  requireRole(actor, ADMIN_ONLY);
  const account = findUserAccount(db, userId);
  if (!account) throw new NotFoundError('user', userId);
  return account;
}

/**
 * Refuses a change that would leave nobody able to manage the team in the editor: the last
 * active administrator cannot be deleted, disabled or given another role. The command line's
 * operator is exempt: they own the database file and can always add an administrator again.
 */
export function keepAnAdmin(db: Db, account: UserAccount, actor: Actor): void {
  if (actor.id === OPERATOR.id) return;
  if (account.role === 'admin' && account.disabledAt === null && countActiveAdmins(db) <= 1) {
    throw new ConflictError(because('user.lastAdmin', { name: account.name }), 'lastAdmin', account.id);
  }
}
