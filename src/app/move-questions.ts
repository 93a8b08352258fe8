import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import type { Actor } from '../model.js';
import type { Db } from '../store/database.js';
import { pinQuestionsTo, requireStandingTopic, touchTopics } from '../store/topic-edits.js';
import { requireRole } from './actor.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

export interface MoveInput {
  questionIds: readonly number[];
  targetTopicId: number;
  actor: Actor;
  now?: Date;
}

/** Moves questions to another topic and pins them there, so re-clustering leaves them alone. */
export function moveQuestions(db: Db, input: MoveInput): void {
  requireRole(input.actor);
  if (input.questionIds.length === 0) throw new InvalidInputError(because('topic.move.noneTicked'), 'question');
  const now = input.now ?? new Date();
  writeTransaction(db, () => {
    requireStandingTopic(db, input.targetTopicId);
    const touched = pinQuestionsTo(db, input.questionIds, input.targetTopicId).add(input.targetTopicId);
    touchTopics(db, touched, now);
    rescoreTopics(db, now, [...touched]);
  });
}
