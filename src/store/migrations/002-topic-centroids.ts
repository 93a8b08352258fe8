import type { Migration } from './migration.js';

/**
 * Topic centroids from the last full clustering, so that `faqtory cluster --incremental` can
 * place new questions into existing topics without re-clustering everything. Feature slots are
 * hashed (stable across runs), so a centroid stays valid until the next full clustering.
 */
export const topicCentroids: Migration = {
  version: 2,
  name: 'topic-centroids',
  sql: `
    CREATE TABLE topic_centroids (
      topic_id INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
      -- Little-endian Int32 feature slots and the matching Float32 weights.
      features BLOB NOT NULL,
      weights BLOB NOT NULL
    );
  `,
};
