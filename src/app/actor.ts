import { ForbiddenError } from '../errors.js';
import type { Actor, UserRole } from '../model.js';

/** Who changes topics and answers: editors and administrators (staff may only look). */
export const EDITING_ROLES: readonly UserRole[] = ['editor', 'admin'];

/** The actor for the CLI and the demo: whoever runs the command owns the database file. */
export const OPERATOR: Actor = { id: null, role: 'admin' };

export function requireRole(actor: Actor, roles: readonly UserRole[] = EDITING_ROLES): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError(actor.role, roles);
}
