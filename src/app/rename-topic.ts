import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import type { Actor } from '../model.js';
import type { Db } from '../store/database.js';
import { requireStandingTopic, setTopicLabel } from '../store/topic-edits.js';
import { requireRole } from './actor.js';
import { writeTransaction } from '../store/transaction.js';

export const MAX_TOPIC_LABEL_LENGTH = 200;

export interface RenameInput {
  topicId: number;
  label: string;
  actor: Actor;
  now?: Date;
}

/** Gives a topic the name editors know it by; re-clustering keeps it. Returns the name saved. */
export function renameTopic(db: Db, input: RenameInput): string {
  requireRole(input.actor);
  const label = input.label.replace(/\s+/g, ' ').trim();
  if (!label) throw new InvalidInputError(because('topic.label.empty'), 'label');
  if (label.length > MAX_TOPIC_LABEL_LENGTH) {
    throw new InvalidInputError(because('topic.label.tooLong', { count: MAX_TOPIC_LABEL_LENGTH }), 'label');
  }
  writeTransaction(db, () => {
    requireStandingTopic(db, input.topicId);
    setTopicLabel(db, input.topicId, label, input.now ?? new Date());
  });
  return label;
}
