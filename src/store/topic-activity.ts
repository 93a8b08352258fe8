import type { Db } from './database.js';

/*
 * Per-topic counts the topic list shows (questions per channel, questions per week), kept on
 * the topic so that listing the biggest topics does not count their questions on every view.
 * Recomputed with the topic's score (app/rescore-topics.ts), i.e. after every change of who is
 * in a topic.
 */

/** Weeks are numbered by whole weeks since the Julian day epoch, so SQL and JS agree. */
const WEEK_OF_ASKED_AT = 'CAST(julianday(asked_at) / 7 AS INTEGER)';

/** The `activity` JSON of the topic in `topics.id`: `{"channels": {email: n}, "weeks": {"348110": n}}`. */
export const TOPIC_ACTIVITY_SQL = `json_object(
  'channels', (SELECT json_group_object(channel, n) FROM
                (SELECT channel, COUNT(*) AS n FROM questions WHERE topic_id = topics.id GROUP BY channel)),
  'weeks', (SELECT json_group_object(week, n) FROM
             (SELECT ${WEEK_OF_ASKED_AT} AS week, COUNT(*) AS n FROM questions
              WHERE topic_id = topics.id AND asked_at IS NOT NULL GROUP BY week)))`;

export interface TopicActivity {
  /** Questions per channel, most used first. */
  channels: { channel: string; count: number }[];
  /** Questions per week number (see `weekNumber`). */
  weeks: Map<number, number>;
}

/** The week number `WEEK_OF_ASKED_AT` gives a moment. */
export function weekNumber(date: Date): number {
  return Math.floor((date.getTime() / 86_400_000 + 2_440_587.5) / 7);
}

/** Recounts the activity of the given topics (all when omitted), in the caller's transaction. */
export function refreshTopicActivity(db: Db, only?: readonly number[]): void {
  if (only === undefined) {
    db.prepare(`UPDATE topics SET activity = ${TOPIC_ACTIVITY_SQL}`).run();
    return;
  }
  db.prepare<[string]>(`UPDATE topics SET activity = ${TOPIC_ACTIVITY_SQL} WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(only));
}

export function loadTopicActivity(db: Db, topicIds: readonly number[]): Map<number, TopicActivity> {
  const rows = db
    .prepare<[string], { id: number; activity: string }>('SELECT id, activity FROM topics WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(topicIds));
  return new Map(
    rows.map((row) => {
      const parsed = JSON.parse(row.activity) as { channels?: Record<string, number> | null; weeks?: Record<string, number> | null };
      const channels = Object.entries(parsed.channels ?? {})
        .map(([channel, count]) => ({ channel, count }))
        .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel));
      const weeks = new Map(Object.entries(parsed.weeks ?? {}).map(([week, count]) => [Number(week), count]));
      return [row.id, { channels, weeks }];
    }),
  );
}
