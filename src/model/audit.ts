/**
 * What the audit log records, one id per kind of action (the editor's words for each are
 * `audit.action.<id>` in the i18n catalogue).
 */
export const AUDIT_ACTIONS = [
  'publish',
  'unpublish',
  'restore',
  'rename',
  'move',
  'split',
  'merge',
  'unmerge',
  'ignore',
  'import',
  'removeImport',
  'cluster',
  'faqOrder',
  'addUser',
  'changeRole',
  'resetPassword',
  'disableUser',
  'enableUser',
  'deleteUser',
  'settings',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
