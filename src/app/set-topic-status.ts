import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import { TOPIC_STATUSES, isTopicStatus, type Actor, type TopicStatus } from '../model.js';
import { getAnswerForTopic, latestVersionId, setLiveVersion } from '../store/answers.js';
import type { Db } from '../store/database.js';
import { requireStandingTopic, setTopicStatus as storeStatus } from '../store/topic-edits.js';
import { requireRole } from './actor.js';
import { writeTransaction } from '../store/transaction.js';

export interface StatusInput {
  topicId: number;
  /** As typed or chosen; checked here. */
  status: string;
  actor: Actor;
  now?: Date;
}

/**
 * Sets a topic's status; 'published' needs an answer first, and puts its newest version live
 * when none was published before. Returns the status set.
 */
export function setTopicStatus(db: Db, input: StatusInput): TopicStatus {
  requireRole(input.actor);
  const status = input.status;
  if (!isTopicStatus(status)) throw new InvalidInputError(because('topic.status.unknown', { statuses: TOPIC_STATUSES.join(', ') }), 'status');
  writeTransaction(db, () => {
    requireStandingTopic(db, input.topicId);
    if (status === 'published') {
      const answer = getAnswerForTopic(db, input.topicId);
      const latest = latestVersionId(db, input.topicId);
      if (!answer || !latest) {
        throw new InvalidInputError(because('topic.status.needsAnswer'), 'status');
      }
      if (answer.publishedVersionId === null) setLiveVersion(db, latest.answerId, latest.versionId);
    }
    storeStatus(db, input.topicId, status, input.now ?? new Date());
  });
  return status;
}
