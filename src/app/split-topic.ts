import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import type { Actor } from '../model.js';
import type { Db } from '../store/database.js';
import { getQuestionText } from '../store/questions.js';
import { createTopic, pinQuestionsTo, setTopicLabel, touchTopics } from '../store/topic-edits.js';
import { requireRole } from './actor.js';
import { rescoreTopics } from './rescore-topics.js';
import { writeTransaction } from '../store/transaction.js';

export interface SplitInput {
  questionIds: readonly number[];
  /** The new topic's label; defaults to the first question's text. */
  label?: string;
  actor: Actor;
  now?: Date;
}

/**
 * Moves a set of questions into a new topic of their own (an editor saw two questions in one
 * topic, or questions that fit no topic). They are pinned there, so re-clustering keeps the
 * split. Returns the new topic's id.
 */
export function splitTopic(db: Db, input: SplitInput): number {
  requireRole(input.actor);
  if (input.questionIds.length === 0) throw new InvalidInputError(because('topic.split.noneTicked'), 'question');
  const now = input.now ?? new Date();
  return writeTransaction(db, (): number => {
    const named = input.label?.trim();
    const topicId = createTopic(db, named || getQuestionText(db, input.questionIds[0]!) || 'New topic', now);
    // A name the editor typed is kept by re-clustering, like a rename.
    if (named) setTopicLabel(db, topicId, named, now);
    const touched = pinQuestionsTo(db, input.questionIds, topicId).add(topicId);
    touchTopics(db, touched, now);
    rescoreTopics(db, now, [...touched]);
    return topicId;
  });
}
