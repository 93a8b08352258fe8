import { because } from '../error-reasons.js';
import { ConflictError } from '../errors.js';
import type { Actor } from '../model.js';
import type { Db } from '../store/database.js';
import { findMerge, requireStandingTopic, touchTopics, unmergeTopic } from '../store/topic-edits.js';
import { requireRole } from './actor.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

export interface UndoMergeInput {
  /** The topic that was merged away. */
  fromId: number;
  actor: Actor;
  now?: Date;
}

/**
 * Takes a merge back: the merged topic is listed again with the questions it brought (those an
 * editor has not moved on since). Returns the topic it had been merged into.
 */
export function undoMerge(db: Db, input: UndoMergeInput): number {
  requireRole(input.actor);
  const now = input.now ?? new Date();
  return writeTransaction(db, (): number => {
    const merge = findMerge(db, input.fromId);
    if (!merge) {
      throw new ConflictError(because('topic.merge.nothingToUndo', { id: input.fromId }), 'topic', input.fromId);
    }
    requireStandingTopic(db, merge.intoId);
    unmergeTopic(db, merge, now);
    touchTopics(db, [merge.fromId, merge.intoId], now);
    rescoreTopics(db, now, [merge.fromId, merge.intoId]);
    return merge.intoId;
  });
}
