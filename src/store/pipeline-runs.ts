import type { Db } from './database.js';

export type RunStatus = 'running' | 'ok' | 'failed';

/** What a scheduled run changed. */
export interface RunChanges {
  filesImported: number;
  filesRejected: number;
  questionsAdded: number;
  questionsAssigned: number;
  /** The build the run made; null when nothing published had changed. */
  buildId: number | null;
}

export interface PipelineRun extends RunChanges {
  id: number;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  error: string | null;
}

/**
 * The process a run is in, and how to tell whether a recorded one still runs (the store keeps
 * the identity; the caller knows processes).
 */
export interface RunHolder {
  process: string;
  isAlive(process: string): boolean;
}

const COLUMNS = `id, trigger, started_at AS startedAt, finished_at AS finishedAt, status, files_imported AS filesImported,
  files_rejected AS filesRejected, questions_added AS questionsAdded, questions_assigned AS questionsAssigned,
  build_id AS buildId, error`;

/**
 * Takes the one lock row for a new run and records the run, in one write transaction, so two
 * processes cannot both pass. A lock held by a process that died is taken over (its run is
 * marked failed). When a live process holds the lock, returns the run it is doing instead.
 */
export function lockRun(db: Db, trigger: string, holder: RunHolder, now = new Date()): { runId: number } | { busy: PipelineRun } {
  return db
    .transaction(() => {
      const lock = db
        .prepare<[], { runId: number; process: string }>('SELECT run_id AS runId, process FROM pipeline_lock WHERE id = 1')
        .get();
      if (lock) {
        if (holder.isAlive(lock.process)) return { busy: getRun(db, lock.runId)! };
        finishRun(db, lock.runId, 'failed', 'The run was interrupted: the program running it stopped.', now);
      }
      const runId = Number(
        db
          .prepare<[string, string]>(`INSERT INTO pipeline_runs (trigger, started_at, status) VALUES (?, ?, 'running')`)
          .run(trigger, now.toISOString()).lastInsertRowid,
      );
      db.prepare<[number, string, string]>(
        `INSERT INTO pipeline_lock (id, run_id, process, locked_at) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET run_id = excluded.run_id, process = excluded.process, locked_at = excluded.locked_at`,
      ).run(runId, holder.process, now.toISOString());
      return { runId };
    })
    .immediate();
}

/** Records what the run changed so far (kept when the run fails later). */
export function recordRunChanges(db: Db, runId: number, changes: Partial<RunChanges>): void {
  const current = getRun(db, runId)!;
  const next = { ...current, ...changes };
  db.prepare<[number, number, number, number, number | null, number]>(
    `UPDATE pipeline_runs SET files_imported = ?, files_rejected = ?, questions_added = ?, questions_assigned = ?, build_id = ?
     WHERE id = ?`,
  ).run(next.filesImported, next.filesRejected, next.questionsAdded, next.questionsAssigned, next.buildId, runId);
}

/** Ends a run and releases the lock if the run holds it. */
export function finishRun(db: Db, runId: number, status: Exclude<RunStatus, 'running'>, error: string | null, now = new Date()): void {
  db.transaction(() => {
    db.prepare<[string, string, string | null, number]>('UPDATE pipeline_runs SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(
      status,
      now.toISOString(),
      error,
      runId,
    );
    db.prepare<[number]>('DELETE FROM pipeline_lock WHERE run_id = ?').run(runId);
  })();
}

export function getRun(db: Db, runId: number): PipelineRun | undefined {
  return db.prepare<[number], PipelineRun>(`SELECT ${COLUMNS} FROM pipeline_runs WHERE id = ?`).get(runId);
}

export function listRecentRuns(db: Db, limit = 20): PipelineRun[] {
  return db.prepare<[number], PipelineRun>(`SELECT ${COLUMNS} FROM pipeline_runs ORDER BY id DESC LIMIT ?`).all(limit);
}
