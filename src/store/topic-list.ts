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
}

export interface TopicDetail extends TopicSummary {
  questions: TopicQuestion[];
}

export interface TopicFilter {
  status?: TopicStatus;
  lang?: Lang;
  limit?: number;
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
