import { hash } from 'node:crypto';
import type { Role } from '../../model.js';

/**
 * Identity of a Gadu-Gadu message across exports: Kadu's text history and its SQLite database
 * of the same contact, or two overlapping copies of one history file, yield the same key.
 */
export function ggMessageKey(uin: string, sentAt: Date, role: Role, text: string): string {
  const digest = hash('sha1', text).slice(0, 16);
  return `gg:${uin}:${Math.floor(sentAt.getTime() / 1000)}:${role}:${digest}`;
}
