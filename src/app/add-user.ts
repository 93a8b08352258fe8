import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { createUser, type User } from '../store/users.js';
import { requireRole } from './actor.js';
import { ADMIN_ONLY } from './team-rules.js';

export interface AddUserInput {
  name: string;
  role: string;
  password: string;
  actor: Actor;
}

/** An administrator adds an account (name, role and password checked by the store). */
export async function addUser(db: Db, input: AddUserInput): Promise<User> {
  requireRole(input.actor, ADMIN_ONLY);
  const user = await createUser(db, input.name, input.role, input.password);
  recordAudit(db, { userId: input.actor.id, action: 'addUser', details: { name: user.name, role: user.role } });
  return user;
}
