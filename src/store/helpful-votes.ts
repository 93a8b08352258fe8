import type { Db } from './database.js';

/** "Was this helpful?" answers for one entry (a topic's answer in one language). */
export interface HelpfulCount {
  topicId: number;
  lang: string;
  helpful: number;
  notHelpful: number;
}

/** Counts one vote for a published topic's entry; false when the topic is not on the site. */
export function addHelpfulVote(db: Db, topicId: number, lang: string, helpful: boolean): boolean {
  const result = db
    .prepare<[number, string, number, number, number]>(
      `INSERT INTO helpful_votes (topic_id, lang, helpful, not_helpful)
       SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM topics WHERE id = ? AND status = 'published' AND merged_into IS NULL)
       ON CONFLICT (topic_id, lang) DO UPDATE SET helpful = helpful + excluded.helpful, not_helpful = not_helpful + excluded.not_helpful`,
    )
    .run(topicId, lang, helpful ? 1 : 0, helpful ? 0 : 1, topicId);
  return result.changes > 0;
}

/** Every entry's counts, the most voted first. */
export function listHelpfulCounts(db: Db): HelpfulCount[] {
  return db
    .prepare<[], HelpfulCount>(
      `SELECT topic_id AS topicId, lang, helpful, not_helpful AS notHelpful FROM helpful_votes
       ORDER BY helpful + not_helpful DESC, topic_id, lang`,
    )
    .all();
}
