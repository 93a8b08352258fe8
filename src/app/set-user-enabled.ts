import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { deleteUserSessions } from '../store/sessions.js';
import { setUserDisabled } from '../store/users.js';
import { accountToManage, keepAnAdmin } from './team-rules.js';
import { writeTransaction } from '../store/transaction.js';

export interface SetEnabledInput {
  userId: number;
  enabled: boolean;
  actor: Actor;
  now?: Date;
}

/**
 * An administrator disables an account (it cannot log in, its sessions end, its name stays in
 * the audit log) or enables it again. The last administrator cannot be disabled.
 */
export function setUserEnabled(db: Db, input: SetEnabledInput): { name: string } {
  return writeTransaction(db, () => {
    const account = accountToManage(db, input.actor, input.userId);
    if ((account.disabledAt === null) === input.enabled) return { name: account.name };
    if (!input.enabled) keepAnAdmin(db, account, input.actor);
    setUserDisabled(db, account.id, input.enabled ? null : (input.now ?? new Date()));
    if (!input.enabled) deleteUserSessions(db, account.id);
    recordAudit(db, { userId: input.actor.id, action: input.enabled ? 'enableUser' : 'disableUser', details: { name: account.name } });
    return { name: account.name };
  });
}
