import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { mergeTopicInto, questionIdsOf, recordMerge, requireStandingTopic, touchTopics } from '../store/topic-edits.js';
import { requireRole } from './actor.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

export interface MergeInput {
  fromId: number;
  intoId: number;
  actor: Actor;
  now?: Date;
}

/**
 * Merges topic `fromId` into `intoId`: its questions move there and it disappears from lists;
 * re-clustering keeps the merge. Both topics must still stand (ConflictError otherwise). The
 * merge is recorded with the questions it moved, so `undoMerge` can take it back.
 */
export function mergeTopics(db: Db, input: MergeInput): void {
  requireRole(input.actor);
  const { fromId, intoId } = input;
  if (fromId === intoId) throw new InvalidInputError(because('topic.merge.self'), 'into');
  const now = input.now ?? new Date();
  writeTransaction(db, () => {
    requireStandingTopic(db, fromId);
    requireStandingTopic(db, intoId);
    recordMerge(db, { fromId, intoId, questionIds: questionIdsOf(db, fromId), mergedAt: now.toISOString() });
    mergeTopicInto(db, fromId, intoId, now);
    touchTopics(db, [intoId], now);
    rescoreTopics(db, now, [fromId, intoId]);
    recordAudit(db, { userId: input.actor.id, action: 'merge', details: { from: fromId, into: intoId }, at: now });
  });
}
