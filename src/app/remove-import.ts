import { NotFoundError } from '../errors.js';
import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { deleteImport, findImport } from '../store/sources.js';
import { requireRole } from './actor.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

export interface RemoveImportInput {
  importId: number;
  actor: Actor;
  now?: Date;
}

/**
 * Removes an imported file (editors and administrators): its messages and questions go, the
 * topics they were in are recounted, and the file can be imported again. One transaction.
 */
export function removeImport(db: Db, input: RemoveImportInput): { file: string; topics: number } {
  requireRole(input.actor);
  const now = input.now ?? new Date();
  return writeTransaction(db, () => {
    const source = findImport(db, input.importId);
    if (!source) throw new NotFoundError('import', input.importId);
    const touched = deleteImport(db, source.id);
    rescoreTopics(db, now, touched);
    recordAudit(db, { userId: input.actor.id, action: 'removeImport', details: { file: source.path }, at: now });
    return { file: source.path, topics: touched.length };
  });
}
