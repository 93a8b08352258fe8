import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { deleteUserSessions } from '../store/sessions.js';
import { checkPassword, hashPassword, updatePasswordHash } from '../store/users.js';
import { accountToManage } from './team-rules.js';
import { writeTransaction } from '../store/transaction.js';

export interface ResetPasswordInput {
  userId: number;
  password: string;
  actor: Actor;
}

/** An administrator sets a new password; the account is logged out everywhere (the count is returned). */
export async function resetPassword(db: Db, input: ResetPasswordInput): Promise<{ name: string; endedSessions: number }> {
  const account = accountToManage(db, input.actor, input.userId);
  checkPassword(input.password);
  // Hashing is slow and async: done before the (synchronous) transaction.
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, () => {
    updatePasswordHash(db, account.id, passwordHash);
    recordAudit(db, { userId: input.actor.id, action: 'resetPassword', details: { name: account.name } });
    return { name: account.name, endedSessions: deleteUserSessions(db, account.id) };
  });
}
