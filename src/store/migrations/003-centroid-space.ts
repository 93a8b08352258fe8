import type { Migration } from './migration.js';

/**
 * Stored centroids record the vector space they were computed in, and a site build records a
 * digest of what it was built from. Centroids from before this migration have no space and are
 * treated as foreign (the next incremental run clusters fully once); builds without a digest
 * are simply rebuilt by the next scheduled run.
 */
export const centroidSpace: Migration = {
  version: 3,
  name: 'centroid-space',
  sql: `
    CREATE TABLE centroid_space (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      space TEXT NOT NULL
    );
    ALTER TABLE builds ADD COLUMN digest TEXT;
  `,
};
