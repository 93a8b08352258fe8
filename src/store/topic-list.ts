import { NotFoundError } from '../errors.js';
import { NO_TOPIC_REPLIES, type Lang, type TopicReplies, type TopicScore, type TopicStatus } from '../model.js';
import type { Db } from './database.js';

/** An element of `faqtory topics --json` (the contract is in README "JSON output and message refs"). */
export interface TopicSummary extends TopicReplies {
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
  /** The shop's (redacted) answer to it, when the conversation had one. */
  reply: string | null;
  repliedAt: string | null;
}

export interface TopicDetail extends TopicSummary {
  questions: TopicQuestion[];
}

export interface TopicFilter {
  status?: TopicStatus;
  lang?: Lang;
  limit?: number;
}

/** The topic list's filters; every one optional. Dates are ISO strings compared with `asked_at`. */
export interface TopicQuery {
  status?: TopicStatus;
  lang?: string;
  /** Topics with at least one question from this channel. */
  channel?: string;
  /** Topics with at least one question asked in [askedFrom, askedBefore). */
  askedFrom?: string;
  askedBefore?: string;
  /** Only these topics (the matches of a text search). */
  ids?: readonly number[];
}

export interface Paging {
  offset: number;
  limit: number;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** A topic's name as choosers and text search need it. */
export interface TopicName {
  id: number;
  label: string;
  keywords: string[];
  lang: string;
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
  shopReplies: string | null;
}

const TOPIC_COLUMNS = `id, label, keywords, size, score_parts AS scoreParts, status, lang, merged_into AS mergedInto, shop_replies AS shopReplies`;
const RANK_ORDER = 'ORDER BY score DESC, size DESC, id ASC';

/** Topics best first (merged topics are folded into their targets and not listed). */
export function listRankedTopics(db: Db, filter: TopicFilter = {}): TopicSummary[] {
  const conditions = ['merged_into IS NULL'];
  if (filter.status !== undefined) conditions.push('status = @status');
  if (filter.lang !== undefined) conditions.push('lang = @lang');
  const limit = filter.limit === undefined ? '' : 'LIMIT @limit';
  return db
    .prepare<Record<string, unknown>, TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE ${conditions.join(' AND ')} ${RANK_ORDER} ${limit}`)
    .all(Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)))
    .map(toSummary);
}

/** One page of the ranked topics that pass `query`, and how many pass in all. */
export function queryTopics(db: Db, query: TopicQuery, paging: Paging): Page<TopicSummary> {
  const conditions = ['merged_into IS NULL'];
  const params: Record<string, unknown> = { ...paging };
  const add = (condition: string, name: string, value: unknown) => {
    conditions.push(condition);
    params[name] = value;
  };
  if (query.status !== undefined) add('status = @status', 'status', query.status);
  if (query.lang !== undefined) add('lang = @lang', 'lang', query.lang);
  if (query.ids !== undefined) add('id IN (SELECT value FROM json_each(@ids))', 'ids', JSON.stringify(query.ids));
  if (query.channel !== undefined) {
    // The topic's own per-channel counts (store/topic-activity.ts) spare a scan of its questions.
    add("json_extract(activity, '$.channels.' || @channel) > 0", 'channel', query.channel);
  }
  if (query.askedFrom !== undefined || query.askedBefore !== undefined) {
    params.askedFrom = query.askedFrom ?? '';
    params.askedBefore = query.askedBefore ?? '9999';
    // One index seek per topic, however many questions the date range holds.
    conditions.push('EXISTS (SELECT 1 FROM questions q WHERE q.topic_id = topics.id AND q.asked_at >= @askedFrom AND q.asked_at < @askedBefore)');
  }
  const where = conditions.join(' AND ');
  const { offset: _offset, limit: _limit, ...countParams } = params;
  const total = db.prepare<Record<string, unknown>, { n: number }>(`SELECT COUNT(*) AS n FROM topics WHERE ${where}`).get(countParams)!.n;
  const items = db
    .prepare<Record<string, unknown>, TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE ${where} ${RANK_ORDER} LIMIT @limit OFFSET @offset`)
    .all(params)
    .map(toSummary);
  return { total, items };
}

/**
 * Changes whenever a topic's name or keywords may have (a topic made, renamed, relabelled by
 * clustering, merged or unmerged), so a cache of names can tell it is stale.
 */
export function topicNamesVersion(db: Db): string {
  const row = db.prepare<[], { n: number; lastId: number | null; lastChange: string | null }>(
    'SELECT COUNT(*) AS n, MAX(id) AS lastId, MAX(updated_at) AS lastChange FROM topics WHERE merged_into IS NULL',
  ).get()!;
  return `${row.n} ${row.lastId} ${row.lastChange}`;
}

/** Standing topics' names, best first (all, or the first `limit`): for the target chooser and text search. */
export function listTopicNames(db: Db, limit = -1): TopicName[] {
  return db
    .prepare<[number], Omit<TopicName, 'keywords'> & { keywords: string }>(
      `SELECT id, label, keywords, lang FROM topics WHERE merged_into IS NULL ${RANK_ORDER} LIMIT ?`,
    )
    .all(limit)
    .map((row) => ({ ...row, keywords: JSON.parse(row.keywords) as string[] }));
}

/** One topic without its questions. */
export function getTopicSummary(db: Db, id: number): TopicSummary {
  const row = db.prepare<[number], TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE id = ?`).get(id);
  if (!row) throw new NotFoundError('topic', id);
  return toSummary(row);
}

/** One topic with all its questions, pinned ones first (the CLI's view). */
export function getTopic(db: Db, id: number): TopicDetail {
  const summary = getTopicSummary(db, id);
  return { ...summary, questions: listTopicQuestions(db, id, { offset: 0, limit: -1 }) };
}

/**
 * A page of a topic's questions (topic null: the questions that fit no topic), pinned ones
 * first, then newest, each with the shop's reply; served by an index, so the first page of a
 * topic of any size is as fast. (How many there are is the topic's `size`, or `countUnclustered`.)
 */
export function listTopicQuestions(db: Db, topicId: number | null, paging: Paging): TopicQuestion[] {
  const where = topicId === null ? 'q.topic_id IS NULL' : 'q.topic_id = @topicId';
  const params = { topicId, ...paging };
  return db
    .prepare<typeof params, Omit<TopicQuestion, 'pinned'> & { pinned: number }>(
      // The page's ids first, from the page index alone: a deep page skips index entries, not
      // rows and their replies (the last page of a 200,000-question topic stays fast).
      `SELECT q.id, q.text, q.lang, q.channel, q.asked_at AS askedAt, q.pinned, r.reply_text AS reply, r.sent_at AS repliedAt
       FROM (SELECT q.id FROM questions q WHERE ${where} ORDER BY q.pinned DESC, q.asked_at DESC, q.id LIMIT @limit OFFSET @offset) page
       JOIN questions q ON q.id = page.id
       LEFT JOIN messages r ON r.id = q.reply_message_id
       ORDER BY q.pinned DESC, q.asked_at DESC, q.id`,
    )
    .all(params)
    .map((question) => ({ ...question, pinned: question.pinned === 1 }));
}

/** Questions that fit no topic. */
export function countUnclustered(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM questions WHERE topic_id IS NULL').get()!.n;
}

/** Topics that are listed (not merged into another). */
export function countStandingTopics(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM topics WHERE merged_into IS NULL').get()!.n;
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
    ...(row.shopReplies === null ? NO_TOPIC_REPLIES : (JSON.parse(row.shopReplies) as TopicReplies)),
  };
}
