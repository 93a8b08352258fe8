import { Router } from 'express';
import { listRecentRuns } from '../../store/pipeline-runs.js';
import type { RouteContext } from '../context.js';

/** How long a run took, in seconds, or '' while it goes on. */
function secondsOf(startedAt: string, finishedAt: string | null): string {
  return finishedAt ? ((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000).toFixed(1) : '';
}

/** The scheduled runs (faqtory serve's schedule, faqtory run --once from cron): when, what changed, how long, errors. */
export function runRoutes(context: RouteContext): Router {
  const router = Router();
  router.get('/runs', (req, res) => {
    const runs = listRecentRuns(context.db, 50).map((run) => ({ ...run, seconds: secondsOf(run.startedAt, run.finishedAt) }));
    context.views.render(req, res, 'runs', { title: 'Scheduled runs', runs });
  });
  return router;
}
