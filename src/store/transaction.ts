import type { Db } from './database.js';

/**
 * Runs `work` as one write transaction that takes the write lock when it starts (BEGIN
 * IMMEDIATE): a use case's writes land together or not at all, and two writers never deadlock
 * upgrading a read lock to a write lock. Use cases say what belongs together; the store says how.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
