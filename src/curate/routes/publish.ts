import { Router } from 'express';
import { basename, dirname, sep } from 'node:path';
import { BuildError, FaqtoryError } from '../../errors.js';
import { listRecentBuilds, type BuildRecord } from '../../store/builds.js';
import { requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { errorText } from '../error-text.js';
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
    // A failed build wraps what stopped it (personal data in an entry...), which is what the editor can fix.
    const cause = error instanceof BuildError && error.cause instanceof FaqtoryError ? error.cause : error;
    return { kind: 'error', text: texts.t('builds.error', { reason: errorText(cause, texts, context.log, 'builds.error.seeHistory') }) };
  }
}

/**
 * A build as the editor shows it: the site folder by its name, and no server path in the error
 * (every role sees this page; where the server keeps its files is not theirs to know).
 */
export function shownBuild(build: BuildRecord): BuildRecord {
  const hidden = [dirname(build.outDir) + sep, process.cwd() + sep];
  const error = build.error && hidden.reduce((text, prefix) => text.split(prefix).join(''), build.error);
  return { ...build, outDir: basename(build.outDir), error };
}

export function publishRoutes(context: RouteContext): Router {
  const router = Router();

  router.post('/publish', requireRole('editor', 'admin'), async (req, res) => {
    const outcome = await publishOutcome(context, 'editor', textsOf(res));
    setFlash(req, res, outcome.kind, outcome.text);
    res.redirect(303, localPath(field(req, 'back'), '/topics'));
  });

  router.get('/builds', (req, res) => {
    context.views.render(req, res, 'builds', { title: textsOf(res).t('builds.title'), builds: listRecentBuilds(context.db, 50).map(shownBuild) });
  });

  return router;
}
