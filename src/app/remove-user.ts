import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { deleteUser } from '../store/users.js';
import { accountToManage, keepAnAdmin } from './team-rules.js';

export interface RemoveUserInput {
  userId: number;
  actor: Actor;
}

/** An administrator deletes an account; its entries in the audit log keep its name. */
export function removeUser(db: Db, input: RemoveUserInput): { name: string } {
  return db
    .transaction(() => {
      const account = accountToManage(db, input.actor, input.userId);
      keepAnAdmin(db, account);
      recordAudit(db, { userId: input.actor.id, action: 'deleteUser', details: { name: account.name, demo: account.demo } });
      deleteUser(db, account.id);
      return { name: account.name };
    })
    .immediate();
}
