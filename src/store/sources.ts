import type { Db } from './database.js';

export function countSources(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sources').get()!.n;
}
