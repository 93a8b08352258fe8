import { NotFoundError } from '../errors.js';
import type { Lang, TopicStatus } from '../model.js';
import { DEFAULT_RANK_SETTINGS, scoreTopic, type RankSettings, type RankedQuestion, type TopicScore } from '../cluster/rank.js';
import type { PreviousTopic, TopicPlan } from '../cluster/reconcile.js';
import type { ClusterItem, TopicCentroid } from '../cluster/types.js';
import type { Db } from './database.js';
import { getSetting, SETTING } from './settings.js';

/** The SPEC's `faqtory topics --json` element. */
export interface TopicSummary {
  id: number;
  label: string;
  keywords: string[];
  size: number;
  score: TopicScore;
  status: TopicStatus;
  lang: string;
  mergedInto: number | null;
}

export interface TopicQuestion {
  id: number;
  text: string;
  lang: string;
  channel: string;
  askedAt: string | null;
  pinned: boolean;
}

export interface TopicDetail extends TopicSummary {
  questions: TopicQuestion[];
}

export interface TopicFilter {
  status?: TopicStatus;
  lang?: Lang;
  limit?: number;
}

/** What applying a plan changed, for the command's summary. */
export interface AppliedPlan {
  created: number;
  kept: number;
  removed: number;
  assigned: number;
  unassigned: number;
}

/**
 * Questions to cluster: all of them, or only those in no topic yet (incremental runs). A question
 * an editor pinned outside every topic (taken out by hand) is left out of both.
 */
export function loadClusterItems(db: Db, which: 'all' | 'unassigned' = 'all'): ClusterItem[] {
  const where = which === 'all' ? 'WHERE NOT (pinned = 1 AND topic_id IS NULL)' : 'WHERE topic_id IS NULL AND pinned = 0';
  return db.prepare<[], ClusterItem>(`SELECT id, text, lang FROM questions ${where} ORDER BY id`).all();
}

/** Every topic with its current questions and the editors' decisions that reconciliation must honour. */
export function loadPreviousTopics(db: Db): PreviousTopic[] {
  const topics = new Map<number, PreviousTopic>();
  const rows = db
    .prepare<[], { id: number; status: TopicStatus; mergedInto: number | null; hasAnswer: number }>(
      `SELECT t.id, t.status, t.merged_into AS mergedInto,
              EXISTS (SELECT 1 FROM answers a WHERE a.topic_id = t.id) AS hasAnswer
       FROM topics t ORDER BY t.id`,
    )
    .all();
  for (const row of rows) {
    topics.set(row.id, { id: row.id, status: row.status, mergedInto: row.mergedInto, hasAnswer: row.hasAnswer === 1, members: [], pinned: [] });
  }
  const members = db
    .prepare<[], { id: number; topicId: number; pinned: number }>(
      'SELECT id, topic_id AS topicId, pinned FROM questions WHERE topic_id IS NOT NULL ORDER BY id',
    )
    .iterate();
  for (const question of members) {
    const topic = topics.get(question.topicId);
    if (!topic) continue;
    topic.members.push(question.id);
    if (question.pinned === 1) topic.pinned.push(question.id);
  }
  return [...topics.values()];
}

/**
 * Writes a reconciliation plan in one transaction: creates, updates and deletes topics, moves
 * questions, then recomputes every topic's size, language and score. Editors' columns (status,
 * merged_into, pinned) are never written here.
 */
export function applyTopicPlan(db: Db, plan: TopicPlan, now: Date = new Date()): AppliedPlan {
  const stamp = now.toISOString();
  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM questions WHERE id = ?');
  const insertTopic = db.prepare<{ label: string; keywords: string; stamp: string }>(
    `INSERT INTO topics (label, keywords, status, created_at, updated_at) VALUES (@label, @keywords, 'new', @stamp, @stamp)`,
  );
  // A topic an editor is working on keeps the label they know it by.
  const updateTopic = db.prepare<{ id: number; label: string | null; keywords: string | null; stamp: string }>(
    `UPDATE topics SET label = CASE WHEN @label IS NOT NULL AND status = 'new' THEN @label ELSE label END,
                       keywords = COALESCE(@keywords, keywords), updated_at = @stamp
     WHERE id = @id`,
  );
  const deleteTopic = db.prepare<[number]>('DELETE FROM topics WHERE id = ?');

  return db.transaction((): AppliedPlan => {
    const result: AppliedPlan = { created: 0, kept: 0, removed: 0, assigned: 0, unassigned: plan.unassigned.length };
    const labelOf = (question: number | null): string | null =>
      question === null ? null : (textOf.get(question)?.text ?? null);
    const moves = new Map<number, number | null>();
    for (const topic of plan.topics) {
      let id = topic.id;
      const keywords = topic.keywords === null ? null : JSON.stringify(topic.keywords);
      if (id === null) {
        const label = labelOf(topic.representative) ?? labelOf(topic.members[0] ?? null) ?? '';
        id = Number(insertTopic.run({ label, keywords: keywords ?? '[]', stamp }).lastInsertRowid);
        result.created += 1;
      } else {
        updateTopic.run({ id, label: labelOf(topic.representative), keywords, stamp });
        result.kept += 1;
      }
      for (const question of topic.members) moves.set(question, id);
      result.assigned += topic.members.length;
    }
    for (const question of plan.unassigned) moves.set(question, null);
    setQuestionTopics(db, moves);
    for (const id of plan.removed) result.removed += deleteTopic.run(id).changes;
    refreshTopicStats(db, now);
    return result;
  })();
}

/** Rows per INSERT when staging topic moves (two parameters each, well under SQLite's limit). */
const MOVES_PER_INSERT = 500;

/**
 * Sets the topic of many questions at once: the moves are staged in a temporary table in id
 * order and applied by one UPDATE ... FROM that touches only questions whose topic changes. At a
 * million questions this is several times faster than one UPDATE per question, each a statement
 * of its own visiting the table and its topic index in random order. Call inside a transaction.
 */
function setQuestionTopics(db: Db, moves: ReadonlyMap<number, number | null>): void {
  db.exec('CREATE TEMP TABLE topic_moves (question INTEGER PRIMARY KEY, topic INTEGER)');
  const insertSql = (rows: number): string => `INSERT INTO topic_moves (question, topic) VALUES ${Array(rows).fill('(?, ?)').join(', ')}`;
  const insertBatch = db.prepare(insertSql(MOVES_PER_INSERT));
  const sorted = [...moves.keys()].sort((a, b) => a - b);
  const values: (number | null)[] = [];
  for (let at = 0; at < sorted.length; at += MOVES_PER_INSERT) {
    const batch = sorted.slice(at, at + MOVES_PER_INSERT);
    values.length = 0;
    for (const question of batch) values.push(question, moves.get(question)!);
    (batch.length === MOVES_PER_INSERT ? insertBatch : db.prepare(insertSql(batch.length))).run(values);
  }
  db.prepare(
    `UPDATE questions SET topic_id = m.topic FROM topic_moves AS m
     WHERE questions.id = m.question AND questions.topic_id IS NOT m.topic`,
  ).run();
  db.exec('DROP TABLE temp.topic_moves');
}

/** Puts questions into topics chosen by incremental assignment (null leaves a question without topic). */
export function assignQuestions(db: Db, assignments: Map<number, number | null>, now: Date = new Date()): number {
  const move = db.prepare<[number, number]>('UPDATE questions SET topic_id = ? WHERE id = ? AND topic_id IS NULL AND pinned = 0');
  return db.transaction((): number => {
    let assigned = 0;
    for (const [question, topic] of assignments) {
      if (topic !== null) assigned += move.run(topic, question).changes;
    }
    refreshTopicStats(db, now);
    return assigned;
  })();
}

export function getRankSettings(db: Db): RankSettings {
  const days = (key: string, fallback: number): number => {
    const value = Number(getSetting(db, key));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    halfLifeDays: days(SETTING.rankHalfLifeDays, DEFAULT_RANK_SETTINGS.halfLifeDays),
    growthWindowDays: days(SETTING.rankGrowthWindowDays, DEFAULT_RANK_SETTINGS.growthWindowDays),
  };
}

/**
 * Recomputes size, majority language and score of every topic (or of those in `only`). Recency is measured from the
 * newest question in the store (not the wall clock), so an archive imported late still ranks
 * by what was recent when it was written; `now` is only the fallback when no question has a time.
 */
export function refreshTopicStats(db: Db, now: Date = new Date(), only?: readonly number[]): void {
  const settings = getRankSettings(db);
  const newest = db.prepare<[], { newest: string | null }>('SELECT MAX(asked_at) AS newest FROM questions').get()?.newest;
  const reference = parseTime(newest ?? null) ?? now;

  const perTopic = new Map<number, { questions: RankedQuestion[]; langs: Map<string, number> }>();
  // An editor's move or merge changes two topics: only those are recounted then.
  const inOnly = only ? `IN (${only.map(() => '?').join(', ')})` : 'IS NOT NULL';
  const rows = db
    .prepare<number[], { topicId: number; customer: string | null; askedAt: string | null; conversation: number; lang: string }>(
      `SELECT topic_id AS topicId, customer, asked_at AS askedAt, conversation_id AS conversation, lang
       FROM questions WHERE topic_id ${inOnly}`,
    )
    .iterate(...(only ?? []));
  for (const row of rows) {
    let topic = perTopic.get(row.topicId);
    if (!topic) perTopic.set(row.topicId, (topic = { questions: [], langs: new Map() }));
    topic.questions.push({ customer: row.customer, askedAt: parseTime(row.askedAt), conversation: row.conversation });
    topic.langs.set(row.lang, (topic.langs.get(row.lang) ?? 0) + 1);
  }

  const update = db.prepare<{ id: number; size: number; score: number; parts: string; lang: string | null }>(
    'UPDATE topics SET size = @size, score = @score, score_parts = @parts, lang = COALESCE(@lang, lang) WHERE id = @id',
  );
  const ids = only ?? db.prepare<[], { id: number }>('SELECT id FROM topics').all().map((row) => row.id);
  for (const id of ids) {
    const topic = perTopic.get(id);
    const score = scoreTopic(topic?.questions ?? [], reference, settings);
    update.run({
      id,
      size: topic?.questions.length ?? 0,
      score: score.total,
      parts: JSON.stringify(score),
      lang: topic ? majorityLang(topic.langs) : null,
    });
  }
}

/** Each topic that holds questions, with them, for computing centroids. Merged topics hold none. */
export function loadTopicMembers(db: Db): { topicId: number; items: ClusterItem[] }[] {
  const groups = new Map<number, ClusterItem[]>();
  const rows = db
    .prepare<[], ClusterItem & { topicId: number }>(
      'SELECT id, text, lang, topic_id AS topicId FROM questions WHERE topic_id IS NOT NULL ORDER BY topic_id, id',
    )
    .iterate();
  for (const { topicId, ...item } of rows) {
    const items = groups.get(topicId);
    if (items) items.push(item);
    else groups.set(topicId, [item]);
  }
  return [...groups].map(([topicId, items]) => ({ topicId, items }));
}

/** Replaces the stored centroids (they describe the topics as the last full clustering left them). */
export function saveCentroids(db: Db, centroids: readonly TopicCentroid[]): void {
  const insert = db.prepare<[number, Buffer, Buffer]>('INSERT INTO topic_centroids (topic_id, features, weights) VALUES (?, ?, ?)');
  db.transaction(() => {
    db.prepare('DELETE FROM topic_centroids').run();
    for (const centroid of centroids) {
      const features = new Int32Array(centroid.vector.size);
      const weights = new Float32Array(centroid.vector.size);
      let i = 0;
      for (const [feature, weight] of centroid.vector) {
        features[i] = feature;
        weights[i] = weight;
        i += 1;
      }
      insert.run(centroid.topicId, Buffer.from(features.buffer), Buffer.from(weights.buffer));
    }
  })();
}

/** Centroids of topics that still take questions: merged topics hand theirs to the target. */
export function loadCentroids(db: Db): TopicCentroid[] {
  const rows = db
    .prepare<[], { topicId: number; features: Buffer; weights: Buffer }>(
      `SELECT c.topic_id AS topicId, c.features, c.weights
       FROM topic_centroids c JOIN topics t ON t.id = c.topic_id
       WHERE t.merged_into IS NULL ORDER BY c.topic_id`,
    )
    .all();
  return rows.map(({ topicId, features, weights }) => {
    // Copy out of the row buffers: their byte offsets need not be aligned for typed-array views.
    const slots = new Int32Array(new Uint8Array(features).buffer);
    const values = new Float32Array(new Uint8Array(weights).buffer);
    const vector = new Map<number, number>();
    for (let i = 0; i < slots.length; i++) vector.set(slots[i]!, values[i]!);
    return { topicId, vector };
  });
}

interface TopicRow {
  id: number;
  label: string;
  keywords: string;
  size: number;
  scoreParts: string;
  status: TopicStatus;
  lang: string;
  mergedInto: number | null;
}

const TOPIC_COLUMNS = `id, label, keywords, size, score_parts AS scoreParts, status, lang, merged_into AS mergedInto`;

/** Topics best first (merged topics are folded into their targets and not listed). */
export function listRankedTopics(db: Db, filter: TopicFilter = {}): TopicSummary[] {
  const conditions = ['merged_into IS NULL'];
  if (filter.status !== undefined) conditions.push('status = @status');
  if (filter.lang !== undefined) conditions.push('lang = @lang');
  const limit = filter.limit === undefined ? '' : 'LIMIT @limit';
  return db
    .prepare<Record<string, unknown>, TopicRow>(
      `SELECT ${TOPIC_COLUMNS} FROM topics WHERE ${conditions.join(' AND ')}
       ORDER BY score DESC, size DESC, id ASC ${limit}`,
    )
    .all(Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)))
    .map(toSummary);
}

/** One topic with its questions, pinned ones first. */
export function getTopic(db: Db, id: number): TopicDetail {
  const row = db.prepare<[number], TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE id = ?`).get(id);
  if (!row) throw new NotFoundError('topic', id);
  const questions = db
    .prepare<[number], Omit<TopicQuestion, 'pinned'> & { pinned: number }>(
      `SELECT id, text, lang, channel, asked_at AS askedAt, pinned FROM questions
       WHERE topic_id = ? ORDER BY pinned DESC, asked_at DESC, id`,
    )
    .all(id)
    .map((question) => ({ ...question, pinned: question.pinned === 1 }));
  return { ...toSummary(row), questions };
}

function toSummary(row: TopicRow): TopicSummary {
  const parts = JSON.parse(row.scoreParts) as Partial<TopicScore>;
  const score: TopicScore = {
    total: parts.total ?? 0,
    customers: parts.customers ?? 0,
    recency: parts.recency ?? 0,
    growth: parts.growth ?? 0,
    repeats: parts.repeats ?? 0,
    questions: parts.questions ?? row.size,
  };
  return {
    id: row.id,
    label: row.label,
    keywords: JSON.parse(row.keywords) as string[],
    size: row.size,
    score,
    status: row.status,
    lang: row.lang,
    mergedInto: row.mergedInto,
  };
}

function majorityLang(counts: Map<string, number>): string {
  let best = 'other';
  let bestCount = 0;
  // Ties go to the alphabetically first language, so the result does not depend on row order.
  for (const [lang, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}

function parseTime(value: string | null): Date | null {
  if (value === null) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time;
}
