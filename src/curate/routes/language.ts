import { Router } from 'express';
import { setEditorLanguage } from '../../app/index.js';
import { actorOf } from '../auth.js';
import type { RouteContext } from '../context.js';
import { field, localPath } from '../form.js';

/** The language picker in the page header: stored for the user, then back to the same page. */
export function languageRoutes({ db }: RouteContext): Router {
  const router = Router();
  router.post('/language', (req, res) => {
    setEditorLanguage(db, { locale: field(req, 'locale'), actor: actorOf(res) });
    res.redirect(303, localPath(field(req, 'back'), '/topics'));
  });
  return router;
}
