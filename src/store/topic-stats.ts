import type { TopicRankingInput, TopicStats } from '../model.js';
import type { Db } from './database.js';
import { stringPool } from './string-pool.js';

/*
 * Topic sizes, languages and scores: the store loads what ranking needs and saves what it
 * computed; the scoring itself is cluster/rank.ts, called by the use cases in between.
 */

/** The newest question's time: recency is measured from it, so a late-imported archive ranks as it did live. */
export function newestQuestionTime(db: Db): string | null {
  return db.prepare<[], { newest: string | null }>('SELECT MAX(asked_at) AS newest FROM questions').get()?.newest ?? null;
}

/** Every topic (or those in `only`) with its questions as ranking sees them; topics without questions get an empty list. */
export function loadRankingInputs(db: Db, only?: readonly number[]): TopicRankingInput[] {
  const ids = only ?? db.prepare<[], { id: number }>('SELECT id FROM topics').all().map((row) => row.id);
  const perTopic = new Map<number, TopicRankingInput>(ids.map((topicId) => [topicId, { topicId, questions: [], langs: new Map() }]));
  // An editor's move or merge changes two topics: only those are recounted then.
  const inOnly = only ? `IN (${only.map(() => '?').join(', ')})` : 'IS NOT NULL';
  const rows = db
    .prepare<number[], { topicId: number; customer: string | null; askedAt: string | null; conversation: number; lang: string }>(
      `SELECT topic_id AS topicId, customer, asked_at AS askedAt, conversation_id AS conversation, lang
       FROM questions WHERE topic_id ${inOnly}`,
    )
    .iterate(...(only ?? []));
  const shared = stringPool();
  for (const row of rows) {
    const topic = perTopic.get(row.topicId);
    if (!topic) continue;
    const customer = row.customer === null ? null : shared(row.customer);
    topic.questions.push({ customer, askedAt: parseTime(row.askedAt), conversation: row.conversation });
    topic.langs.set(row.lang, (topic.langs.get(row.lang) ?? 0) + 1);
  }
  return [...perTopic.values()];
}

export function saveTopicStats(db: Db, stats: readonly TopicStats[]): void {
  const update = db.prepare<{ id: number; size: number; score: number; parts: string; lang: string | null }>(
    'UPDATE topics SET size = @size, score = @score, score_parts = @parts, lang = COALESCE(@lang, lang) WHERE id = @id',
  );
  for (const topic of stats) {
    update.run({ id: topic.topicId, size: topic.size, score: topic.score.total, parts: JSON.stringify(topic.score), lang: topic.lang });
  }
}

/** A stored ISO time as a Date, or null when missing or unreadable. */
export function parseTime(value: string | null): Date | null {
  if (value === null) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time;
}
