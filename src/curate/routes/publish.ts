import { Router } from 'express';
import { listRecentBuilds } from '../../store/builds.js';
import { requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { setFlash, type Flash } from '../flash.js';
import { field, localPath } from '../form.js';
import type { Translator } from '../i18n/index.js';
import { textsOf } from '../page-locale.js';

/** Runs the site build and says in plain words how it went. */
export async function publishOutcome(context: RouteContext, trigger: string, texts: Translator): Promise<Flash> {
  try {
    const result = await context.buildNow(trigger);
    return { kind: 'ok', text: texts.t('builds.done', { count: result.entries }) };
  } catch (error) {
    return { kind: 'error', text: texts.t('builds.error', { reason: (error as Error).message }) };
  }
}

export function publishRoutes(context: RouteContext): Router {
  const router = Router();

  router.post('/publish', requireRole('editor', 'admin'), async (req, res) => {
    const outcome = await publishOutcome(context, 'editor', textsOf(res));
    setFlash(req, res, outcome.kind, outcome.text);
    res.redirect(303, localPath(field(req, 'back'), '/topics'));
  });

  router.get('/builds', (req, res) => {
    context.views.render(req, res, 'builds', { title: textsOf(res).t('builds.title'), builds: listRecentBuilds(context.db, 50) });
  });

  return router;
}
