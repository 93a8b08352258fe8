import type { StoredCentroids, TopicCentroid } from '../model.js';
import type { Db } from './database.js';

/**
 * Replaces the stored centroids (they describe the topics as the last full clustering left
 * them) and records the vector space they were computed in. Runs in the caller's transaction.
 */
export function saveCentroids(db: Db, space: string, centroids: readonly TopicCentroid[]): void {
  const insert = db.prepare<[number, Buffer, Buffer]>('INSERT INTO topic_centroids (topic_id, features, weights) VALUES (?, ?, ?)');
  db.prepare<[]>('DELETE FROM topic_centroids').run();
  db.prepare<[string]>('INSERT INTO centroid_space (id, space) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET space = excluded.space').run(space);
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
}

/** Centroids of topics that still take questions (merged topics hand theirs to the target), with their space. */
export function loadCentroids(db: Db): StoredCentroids {
  const space = db.prepare<[], { space: string }>('SELECT space FROM centroid_space WHERE id = 1').get()?.space ?? null;
  const rows = db
    .prepare<[], { topicId: number; features: Buffer; weights: Buffer }>(
      `SELECT c.topic_id AS topicId, c.features, c.weights
       FROM topic_centroids c JOIN topics t ON t.id = c.topic_id
       WHERE t.merged_into IS NULL ORDER BY c.topic_id`,
    )
    .all();
  const centroids = rows.map(({ topicId, features, weights }) => {
    // Copy out of the row buffers: their byte offsets need not be aligned for typed-array views.
    const slots = new Int32Array(new Uint8Array(features).buffer);
    const values = new Float32Array(new Uint8Array(weights).buffer);
    const vector = new Map<number, number>();
    for (let i = 0; i < slots.length; i++) vector.set(slots[i]!, values[i]!);
    return { topicId, vector };
  });
  return { space, centroids };
}
