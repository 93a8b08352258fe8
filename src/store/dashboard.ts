import type { Channel } from '../model.js';
import type { Db } from './database.js';

/*
 * The dashboard's figures, each aggregated in SQL so the page stays fast at 100k+ questions.
 * Periods are measured back from the newest question (not the wall clock), so an archive
 * imported late shows what was happening when it was written, as the ranking does.
 */

export interface WeekCount {
  /** Monday of the week (UTC date, YYYY-MM-DD). */
  week: string;
  channel: Channel;
  questions: number;
  /** Of them, in topics with a published answer. */
  covered: number;
}

export interface HourCount {
  /** Start of the UTC hour, ISO. */
  hour: string;
  questions: number;
}

export interface TopicFigure {
  id: number;
  label: string;
  value: number;
}

export interface WaitingFigure {
  /** A channel id, or a topic label. */
  key: string;
  topicId?: number;
  replied: number;
  medianMs: number;
  /** Share (0..1) of replied questions answered within 24 hours. */
  within24h: number;
}

export interface DashboardFigures {
  newest: string | null;
  weeks: WeekCount[];
  hours: HourCount[];
  coverage: { current: { questions: number; covered: number }; previous: { questions: number; covered: number } };
  repeatContacts: TopicFigure[];
  unanswered: TopicFigure[];
  /** Null when no question has a dated reply of the shop (logs without replies, or imported before replies were kept). */
  waiting: { byChannel: WaitingFigure[]; byTopic: WaitingFigure[] } | null;
  inconsistent: TopicFigure[];
  lastImport: { at: string; questions: number; newTopics: number } | null;
}

const WEEKS_SHOWN = 12;
const HEAT_MAP_DAYS = 90;
const TOP = 10;
const DAY_MS = 86_400_000;

/** Day rows (`week` holding the day) summed into the weeks starting on Monday. */
function foldIntoWeeks(days: readonly WeekCount[]): WeekCount[] {
  const weeks = new Map<string, WeekCount>();
  for (const day of days) {
    const date = new Date(`${day.week}T00:00:00Z`);
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
    const key = `${monday} ${day.channel}`;
    const week = weeks.get(key) ?? { week: monday, channel: day.channel, questions: 0, covered: 0 };
    week.questions += day.questions;
    week.covered += day.covered;
    weeks.set(key, week);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week) || a.channel.localeCompare(b.channel));
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

export function loadDashboardFigures(db: Db): DashboardFigures {
  const newest = db.prepare<[], { newest: string | null }>('SELECT MAX(asked_at) AS newest FROM questions').get()?.newest ?? null;
  const reference = newest ?? new Date().toISOString();
  const published = `(SELECT id FROM topics WHERE status = 'published')`;

  // Grouped by day in SQL (a plain prefix of the stored ISO time is far cheaper than date
  // arithmetic on every row), folded into Monday-based weeks here: at most 84 rows per channel.
  const days = db
    .prepare<[string], WeekCount>(
      `SELECT substr(asked_at, 1, 10) AS week, channel, COUNT(*) AS questions, SUM(topic_id IN ${published}) AS covered
       FROM questions WHERE asked_at >= ? GROUP BY week, channel`,
    )
    .all(shiftDays(reference, -7 * WEEKS_SHOWN));
  const weeks = foldIntoWeeks(days);

  // Hourly buckets in UTC; the page moves each into the shop's time zone (SQLite knows no zones).
  const hours = db
    .prepare<[string], HourCount>(
      `SELECT substr(asked_at, 1, 13) || ':00:00Z' AS hour, COUNT(*) AS questions
       FROM questions WHERE asked_at >= ? GROUP BY hour`,
    )
    .all(shiftDays(reference, -HEAT_MAP_DAYS));

  const coverageBetween = db.prepare<[string, string], { questions: number; covered: number }>(
    `SELECT COUNT(*) AS questions, COALESCE(SUM(topic_id IN ${published}), 0) AS covered
     FROM questions WHERE asked_at > ? AND asked_at <= ?`,
  );
  const coverage = {
    current: coverageBetween.get(shiftDays(reference, -30), reference)!,
    previous: coverageBetween.get(shiftDays(reference, -60), shiftDays(reference, -30))!,
  };

  // The same customer coming back about the same topic in another conversation.
  const repeatContacts = db
    .prepare<[number], TopicFigure>(
      `SELECT t.id, t.label, SUM(r.conversations - 1) AS value
       FROM (SELECT topic_id, COUNT(DISTINCT conversation_id) AS conversations FROM questions
             WHERE customer IS NOT NULL AND topic_id IS NOT NULL GROUP BY topic_id, customer HAVING conversations > 1) r
       JOIN topics t ON t.id = r.topic_id
       WHERE t.merged_into IS NULL AND t.status != 'ignored'
       GROUP BY t.id ORDER BY value DESC, t.id LIMIT ?`,
    )
    .all(TOP);

  const unanswered = db
    .prepare<[number], TopicFigure>(
      `SELECT id, label, size AS value FROM topics
       WHERE merged_into IS NULL AND status IN ('new', 'draft') AND size > 0
       ORDER BY score DESC, size DESC, id LIMIT ?`,
    )
    .all(TOP);

  const waiting = loadWaiting(db);

  // The shop's replies in a topic disagree (see store/topic-replies.ts).
  const inconsistent = db
    .prepare<[number], TopicFigure>(
      `SELECT id, label, size AS value FROM topics
       WHERE merged_into IS NULL AND json_valid(shop_replies) AND json_extract(shop_replies, '$.consistent') = 0
       ORDER BY score DESC, id LIMIT ?`,
    )
    .all(TOP);

  const last = db.prepare<[], { at: string; questions: number }>('SELECT imported_at AS at, questions FROM sources ORDER BY imported_at DESC, id DESC LIMIT 1').get();
  const lastImport = last
    ? {
        ...last,
        newTopics: db
          .prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM topics WHERE created_at >= ? AND merged_into IS NULL AND status != 'ignored'")
          .get(last.at)!.n,
      }
    : null;

  return { newest, weeks, hours, coverage, repeatContacts, unanswered, waiting, inconsistent, lastImport };
}

/** Median wait and the share answered within a day, per channel and for the largest topics. */
function loadWaiting(db: Db): { byChannel: WaitingFigure[]; byTopic: WaitingFigure[] } | null {
  // One pass per grouping: window functions number each group's waits, the middle one(s) give the median.
  const summary = (group: string, only: string) => `
    WITH waits AS (
      SELECT ${group} AS key, ROUND((julianday(reply.sent_at) - julianday(q.asked_at)) * ${DAY_MS}) AS ms
      FROM questions q JOIN messages reply ON reply.id = q.reply_message_id
      WHERE q.asked_at IS NOT NULL AND reply.sent_at IS NOT NULL ${only}),
    ranked AS (
      SELECT key, ms, ROW_NUMBER() OVER (PARTITION BY key ORDER BY ms) AS n, COUNT(*) OVER (PARTITION BY key) AS total
      FROM waits WHERE ms >= 0)
    SELECT key, COUNT(*) AS replied, AVG(ms <= ${DAY_MS}) AS within24h,
           AVG(CASE WHEN n IN ((total + 1) / 2, (total + 2) / 2) THEN ms END) AS medianMs
    FROM ranked GROUP BY key`;
  const byChannel = db.prepare<[], WaitingFigure>(`${summary('q.channel', '')} ORDER BY replied DESC`).all();
  if (byChannel.length === 0) return null;
  const largest = `AND q.topic_id IN (SELECT id FROM topics WHERE merged_into IS NULL AND status != 'ignored' ORDER BY size DESC LIMIT ${TOP})`;
  const byTopic = db
    .prepare<[], WaitingFigure>(
      `SELECT t.label AS key, t.id AS topicId, m.replied, m.within24h, m.medianMs
       FROM (${summary('q.topic_id', largest)}) m JOIN topics t ON t.id = m.key ORDER BY m.replied DESC`,
    )
    .all();
  return { byChannel, byTopic };
}
