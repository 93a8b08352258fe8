import type { Actor, UserRole } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { checkRole, updateRole } from '../store/users.js';
import { accountToManage, keepAnAdmin } from './team-rules.js';
import { writeTransaction } from '../store/transaction.js';

export interface ChangeRoleInput {
  userId: number;
  role: string;
  actor: Actor;
}

/** An administrator gives an account another role; the last administrator keeps theirs. */
export function changeUserRole(db: Db, input: ChangeRoleInput): { name: string; role: UserRole } {
  const role = checkRole(input.role);
  return writeTransaction(db, () => {
    const account = accountToManage(db, input.actor, input.userId);
    if (account.role === role) return { name: account.name, role };
    keepAnAdmin(db, account, input.actor);
    updateRole(db, account.id, role);
    recordAudit(db, { userId: input.actor.id, action: 'changeRole', details: { name: account.name, from: account.role, to: role } });
    return { name: account.name, role };
  });
}
