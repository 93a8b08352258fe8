import { ConfigError } from '../errors.js';
import { USER_ROLES, type Actor, type UserRole } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { isUserRole, setUserRole } from '../store/users.js';
import { accountToManage, keepAnAdmin } from './team-rules.js';

export interface ChangeRoleInput {
  userId: number;
  role: string;
  actor: Actor;
}

/** An administrator gives an account another role; the last administrator keeps theirs. */
export function changeUserRole(db: Db, input: ChangeRoleInput): { name: string; role: UserRole } {
  if (!isUserRole(input.role)) throw new ConfigError(`"${input.role}" is not a role. Use one of: ${USER_ROLES.join(', ')}.`, 'role');
  const role = input.role;
  return db
    .transaction(() => {
      const account = accountToManage(db, input.actor, input.userId);
      if (account.role === role) return { name: account.name, role };
      keepAnAdmin(db, account);
      setUserRole(db, account.id, role);
      recordAudit(db, { userId: input.actor.id, action: 'changeRole', details: { name: account.name, from: account.role, to: role } });
      return { name: account.name, role };
    })
    .immediate();
}
