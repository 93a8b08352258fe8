import { Router } from 'express';
import { createSession, deleteSession } from '../../store/sessions.js';
import { authenticate } from '../../store/users.js';
import { checkLoginCsrf, currentUser, issueLoginCsrf, requireCsrf, requireLogin, setSessionCookie, SESSION_COOKIE } from '../auth.js';
import type { RouteContext } from '../context.js';
import { field, localPath } from '../form.js';
import { textsOf } from '../page-locale.js';

export function sessionRoutes({ db, views }: RouteContext): Router {
  const router = Router();

  router.get('/login', (req, res) => {
    const next = localPath(typeof req.query.next === 'string' ? req.query.next : '', '/topics');
    if (currentUser(res)) {
      res.redirect(303, next);
      return;
    }
    views.render(req, res, 'login', { title: textsOf(res).t('login.title'), next, loginCsrf: issueLoginCsrf(req, res) });
  });

  router.post('/login', async (req, res) => {
    const next = localPath(field(req, 'next'), '/topics');
    const name = field(req, 'name');
    const showForm = (status: number, error: string) =>
      views.render(req, res, 'login', { title: textsOf(res).t('login.title'), next, name, error, loginCsrf: issueLoginCsrf(req, res) }, status);
    if (!checkLoginCsrf(req)) {
      showForm(403, textsOf(res).t('login.error.formExpired'));
      return;
    }
    const user = name && field(req, 'password') ? await authenticate(db, name, field(req, 'password')) : undefined;
    if (!user) {
      showForm(401, textsOf(res).t('login.error.wrongCredentials'));
      return;
    }
    setSessionCookie(req, res, createSession(db, user.id));
    res.redirect(303, next);
  });

  router.post('/logout', requireLogin, requireCsrf, (_req, res) => {
    deleteSession(db, String(res.locals.sessionToken));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/login');
  });

  return router;
}
