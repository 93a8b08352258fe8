import { InvalidInputError } from '../errors.js';
import type { Actor, TopicStatus } from '../model.js';
import { saveAnswerVersion } from '../store/answers.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { requireStandingTopic, setTopicStatus } from '../store/topic-edits.js';
import { requireRole } from './actor.js';

export const MAX_QUESTION_LENGTH = 300;
export const MAX_BODY_LENGTH = 50_000;

export interface AnswerInput {
  topicId: number;
  /** The question heading as customers would ask it. */
  question: string;
  /** The answer in Markdown. */
  bodyMd: string;
  /** True puts the topic on the FAQ site (status 'published'); false keeps it a draft. */
  publish: boolean;
  actor: Actor;
  now?: Date;
}

export interface SavedAnswer {
  answerId: number;
  topicId: number;
  status: TopicStatus;
}

/**
 * Saves a new version of a topic's answer and sets the topic to draft or published, in one
 * transaction that re-checks the topic still stands: an answer never lands on a topic merged
 * meanwhile in another tab (ConflictError). Rebuilding the site is the caller's next step.
 */
export function saveAnswer(db: Db, input: AnswerInput): SavedAnswer {
  requireRole(input.actor);
  const question = input.question.trim();
  const bodyMd = input.bodyMd.replace(/\r\n/g, '\n');
  checkAnswer(question, bodyMd);
  const now = input.now ?? new Date();
  const status: TopicStatus = input.publish ? 'published' : 'draft';
  return db
    .transaction((): SavedAnswer => {
      requireStandingTopic(db, input.topicId);
      const answerId = saveAnswerVersion(db, { topicId: input.topicId, question, bodyMd, userId: input.actor.id }, now);
      setTopicStatus(db, input.topicId, status, now);
      if (input.publish) recordAudit(db, { userId: input.actor.id, action: 'publish', details: { topic: input.topicId, question }, at: now });
      return { answerId, topicId: input.topicId, status };
    })
    .immediate();
}

function checkAnswer(question: string, bodyMd: string): void {
  if (!question) throw new InvalidInputError('The question heading is empty. Write the question as customers would ask it.', 'question');
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new InvalidInputError(`The question heading is too long (over ${MAX_QUESTION_LENGTH} characters). Shorten it.`, 'question');
  }
  if (!bodyMd.trim()) throw new InvalidInputError('The answer is empty. Write the answer before saving.', 'body');
  if (bodyMd.length > MAX_BODY_LENGTH) {
    throw new InvalidInputError(`The answer is too long (over ${MAX_BODY_LENGTH} characters). Shorten it.`, 'body');
  }
}
