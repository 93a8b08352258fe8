export type UserRole = 'staff' | 'editor' | 'admin';

export const USER_ROLES: readonly UserRole[] = ['staff', 'editor', 'admin'];

/** Who asks a use case to change something; `id` is null for the CLI and the demo. */
export interface Actor {
  id: number | null;
  role: UserRole;
}
