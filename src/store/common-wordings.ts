import type { Db } from './database.js';

/** A way customers worded a topic's question, with how many different customers used it. */
export interface CommonWording {
  topicId: number;
  lang: string;
  text: string;
  customers: number;
}

/**
 * The wordings of each published topic's questions that at least `minCustomers` different
 * customers used, the most common first, at most `perTopic` per topic and language. Texts
 * holding a redaction placeholder ("[order]") are left out: they were about one customer's case.
 */
export function listCommonWordings(db: Db, options: { perTopic: number; minCustomers: number }): CommonWording[] {
  return db
    .prepare<[number, number], CommonWording>(
      `SELECT topicId, lang, text, customers FROM (
         SELECT q.topic_id AS topicId, q.lang, MIN(q.text) AS text, COUNT(DISTINCT COALESCE(q.customer, q.id)) AS customers,
                ROW_NUMBER() OVER (PARTITION BY q.topic_id, q.lang ORDER BY COUNT(DISTINCT COALESCE(q.customer, q.id)) DESC, MIN(q.text)) AS rank
         FROM questions q JOIN topics t ON t.id = q.topic_id
         WHERE t.status = 'published' AND t.merged_into IS NULL AND q.text NOT LIKE '%[%]%'
         GROUP BY q.topic_id, q.lang, lower(trim(q.text))
       )
       WHERE customers >= ? AND rank <= ?
       ORDER BY topicId, lang, customers DESC, text`,
    )
    .all(options.minCustomers, options.perTopic);
}
