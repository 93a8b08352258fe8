import { USER_ROLES, type Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { EDITING_ROLES, requireRole } from './actor.js';
import { assignNewQuestions } from './assign-new-questions.js';
import type { ProgressObserver } from './observer.js';
import { recluster, type ClusterSummary } from './recluster.js';

export type TopicUpdate = 'incremental' | 'full';

export interface UpdateTopicsInput {
  mode: TopicUpdate;
  actor: Actor;
}

/**
 * After an import: place the new questions into the existing topics (anyone who may import),
 * or cluster everything again (editors and administrators: unanswered topics may change).
 */
export function updateTopics(db: Db, input: UpdateTopicsInput, observer: ProgressObserver = {}): ClusterSummary {
  requireRole(input.actor, input.mode === 'full' ? EDITING_ROLES : USER_ROLES);
  const summary = input.mode === 'full' ? recluster(db, {}, observer) : assignNewQuestions(db, {}, observer);
  recordAudit(db, { userId: input.actor.id, action: 'cluster', details: { mode: input.mode, topics: summary.topics } });
  return summary;
}
