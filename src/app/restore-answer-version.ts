import { NotFoundError } from '../errors.js';
import type { Actor } from '../model.js';
import { getAnswerForTopic, listAnswerVersions } from '../store/answers.js';
import type { Db } from '../store/database.js';
import { requireRole } from './actor.js';
import { saveAnswer, type SavedAnswer } from './save-answer.js';

export interface RestoreInput {
  topicId: number;
  versionId: number;
  actor: Actor;
  now?: Date;
}

/**
 * Brings an old version back as the newest draft (a new version, so the history keeps what was
 * replaced). Like any draft it leaves the live answer alone until it is published.
 */
export function restoreAnswerVersion(db: Db, input: RestoreInput): SavedAnswer & { restoredNumber: number } {
  requireRole(input.actor);
  const answer = getAnswerForTopic(db, input.topicId);
  const version = answer && listAnswerVersions(db, answer.id).find((candidate) => candidate.id === input.versionId);
  if (!version) throw new NotFoundError('answerVersion', input.versionId);
  const saved = saveAnswer(db, { topicId: input.topicId, question: version.question, bodyMd: version.bodyMd, publish: false, actor: input.actor, now: input.now });
  return { ...saved, restoredNumber: version.number };
}
