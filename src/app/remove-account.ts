import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { deleteUserSessions } from '../store/sessions.js';
import { deleteUserAccount } from '../store/users.js';
import { accountToManage, keepAnAdmin } from './team-rules.js';
import { writeTransaction } from '../store/transaction.js';

export interface RemoveAccountInput {
  userId: number;
  actor: Actor;
}

/** An administrator deletes an account and ends its sessions; its entries in the audit log keep its name. */
export function removeAccount(db: Db, input: RemoveAccountInput): { name: string; endedSessions: number } {
  return writeTransaction(db, () => {
    const account = accountToManage(db, input.actor, input.userId);
    keepAnAdmin(db, account, input.actor);
    recordAudit(db, { userId: input.actor.id, action: 'deleteUser', details: { name: account.name, demo: account.demo } });
    const endedSessions = deleteUserSessions(db, account.id);
    deleteUserAccount(db, account.id);
    return { name: account.name, endedSessions };
  });
}
