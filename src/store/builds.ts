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

/**
 * The process a build runs in, and how to tell whether a recorded one still runs (the store
 * keeps the identity; the caller knows processes). A process that died mid-build leaves its row
 * 'running': it is recognised as dead by its process, however recent, and no longer blocks builds.
 */
export interface BuildRunner {
  process: string;
  isAlive(process: string): boolean;
}

const COLUMNS = `id, trigger, started_at AS startedAt, finished_at AS finishedAt, status, out_dir AS outDir,
  entries, error`;

/**
 * Records the start of a build, refusing when another one (in any process) is still running.
 * The check and the insert share one write transaction so two processes cannot both pass it.
 */
export function startBuild(db: Db, trigger: string, outDir: string, runner: BuildRunner, now = new Date()): number {
  return db
    .transaction(() => {
      const running = liveBuild(db, runner, now);
      if (running) {
        throw new BuildError(
          `Another site build (started ${running.startedAt} by ${running.trigger}) is still running. ` +
            'Try again in a minute.',
        );
      }
      const result = db
        .prepare<[string, string, string, string]>(
          `INSERT INTO builds (trigger, started_at, status, out_dir, process) VALUES (?, ?, 'running', ?, ?)`,
        )
        .run(trigger, now.toISOString(), outDir, runner.process);
      return Number(result.lastInsertRowid);
    })
    .immediate();
}

/**
 * The build still running in a live process, if any; builds left 'running' by a dead process
 * (or by a faqtory from before processes were recorded) are marked failed on the way.
 */
export function liveBuild(db: Db, runner: BuildRunner, now = new Date()): BuildRecord | undefined {
  const rows = db.prepare<[], BuildRecord & { process: string | null }>(`SELECT ${COLUMNS}, process FROM builds WHERE status = 'running'`).all();
  let live: BuildRecord | undefined;
  for (const { process, ...build } of rows) {
    if (process !== null && runner.isAlive(process)) live = build;
    else failBuild(db, build.id, 'The build was interrupted: the program running it stopped. The previous site was kept.', now);
  }
  return live;
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
