import { BuildError } from '../errors.js';
import type { Db } from './database.js';

export type BuildStatus = 'running' | 'ok' | 'failed';

export interface BuildRecord {
  id: number;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  status: BuildStatus;
  outDir: string;
  entries: number | null;
  error: string | null;
}

// A process that died mid-build leaves its row 'running'; after this long it no longer blocks builds.
export const STALE_BUILD_MS = 10 * 60 * 1000;

const COLUMNS = `id, trigger, started_at AS startedAt, finished_at AS finishedAt, status, out_dir AS outDir,
  entries, error`;

/**
 * Records the start of a build, refusing when another one (in any process) is still running.
 * The check and the insert share one write transaction so two processes cannot both pass it.
 */
export function startBuild(db: Db, trigger: string, outDir: string, now = new Date()): number {
  return db
    .transaction(() => {
      const staleBefore = new Date(now.getTime() - STALE_BUILD_MS).toISOString();
      db.prepare<[string, string]>(
        `UPDATE builds SET status = 'failed', finished_at = ?, error = 'The build was interrupted.'
         WHERE status = 'running' AND started_at < ?`,
      ).run(now.toISOString(), staleBefore);
      const running = db.prepare<[], BuildRecord>(`SELECT ${COLUMNS} FROM builds WHERE status = 'running'`).get();
      if (running) {
        throw new BuildError(
          `Another site build (started ${running.startedAt} by ${running.trigger}) is still running. ` +
            'Try again in a minute.',
        );
      }
      const result = db
        .prepare<[string, string, string]>(`INSERT INTO builds (trigger, started_at, status, out_dir) VALUES (?, ?, 'running', ?)`)
        .run(trigger, now.toISOString(), outDir);
      return Number(result.lastInsertRowid);
    })
    .immediate();
}

/** Marks a build done; `digest` identifies what it was built from (see app/build-site.ts). */
export function finishBuild(db: Db, id: number, entries: number, digest: string, now = new Date()): void {
  db.prepare<[string, number, string, number]>(`UPDATE builds SET status = 'ok', finished_at = ?, entries = ?, digest = ? WHERE id = ?`).run(
    now.toISOString(),
    entries,
    digest,
    id,
  );
}

export function failBuild(db: Db, id: number, error: string, now = new Date()): void {
  db.prepare<[string, string, number]>(`UPDATE builds SET status = 'failed', finished_at = ?, error = ? WHERE id = ?`).run(
    now.toISOString(),
    error,
    id,
  );
}

export function listRecentBuilds(db: Db, limit = 10): BuildRecord[] {
  return db.prepare<[number], BuildRecord>(`SELECT ${COLUMNS} FROM builds ORDER BY id DESC LIMIT ?`).all(limit);
}

/** The digest of the newest successful build into `outDir`, or null when there is none. */
export function lastBuildDigest(db: Db, outDir: string): string | null {
  return (
    db
      .prepare<[string], { digest: string | null }>(`SELECT digest FROM builds WHERE status = 'ok' AND out_dir = ? ORDER BY id DESC LIMIT 1`)
      .get(outDir)?.digest ?? null
  );
}

/** Notes one more trigger on a build that served it (a request that arrived while it ran). */
export function addBuildTrigger(db: Db, id: number, trigger: string): void {
  db.prepare<[string, number]>(`UPDATE builds SET trigger = trigger || '+' || ? WHERE id = ?`).run(trigger, id);
}
