import { ConfigError } from '../errors.js';
import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { hashPassword, MIN_PASSWORD_LENGTH, setUserPasswordHash } from '../store/users.js';
import { accountToManage } from './team-rules.js';

export interface ResetPasswordInput {
  userId: number;
  password: string;
  actor: Actor;
}

/** An administrator sets a new password; the account is logged out everywhere. */
export async function resetPassword(db: Db, input: ResetPasswordInput): Promise<{ name: string }> {
  const account = accountToManage(db, input.actor, input.userId);
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(`The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`, 'password');
  }
  // Hashing is slow and async: done before the (synchronous) transaction.
  const passwordHash = await hashPassword(input.password);
  db.transaction(() => {
    setUserPasswordHash(db, account.id, passwordHash);
    recordAudit(db, { userId: input.actor.id, action: 'resetPassword', details: { name: account.name } });
  }).immediate();
  return { name: account.name };
}
