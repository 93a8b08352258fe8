import { Router } from 'express';
import { createSession, deleteSession } from '../../store/sessions.js';
import { authenticate } from '../../store/users.js';
import { checkLoginCsrf, currentUser, issueLoginCsrf, requireCsrf, requireLogin, setSessionCookie, SESSION_COOKIE } from '../auth.js';
import type { RouteContext } from '../context.js';
import { field, localPath } from '../form.js';

export function sessionRoutes({ db, views }: RouteContext): Router {
  const router = Router();

  router.get('/login', (req, res) => {
    const next = localPath(typeof req.query.next === 'string' ? req.query.next : '', '/topics');
    if (currentUser(res)) {
      res.redirect(303, next);
      return;
    }
    views.render(req, res, 'login', { title: 'Log in', next, loginCsrf: issueLoginCsrf(req, res) });
  });

  router.post('/login', async (req, res) => {
    const next = localPath(field(req, 'next'), '/topics');
    const name = field(req, 'name');
    const showForm = (status: number, error: string) =>
      views.render(req, res, 'login', { title: 'Log in', next, name, error, loginCsrf: issueLoginCsrf(req, res) }, status);
    if (!checkLoginCsrf(req)) {
      showForm(403, 'The login form had expired. Please enter your name and password again.');
      return;
    }
    const user = name && field(req, 'password') ? await authenticate(db, name, field(req, 'password')) : undefined;
    if (!user) {
      showForm(401, 'Wrong name or password. Check both and try again.');
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
