import type { Db } from './database.js';

export function countSources(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM sources').get() as { n: number }).n;
}
