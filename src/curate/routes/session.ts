import { Router } from 'express';
import { createSession, deleteSession, deleteUserSessions } from '../../store/sessions.js';
import { authenticate } from '../../store/users.js';
import { checkLoginCsrf, currentUser, issueLoginCsrf, requireCsrf, requireLogin, setSessionCookie, SESSION_COOKIE } from '../auth.js';
import type { RouteContext } from '../context.js';
import { field, localPath } from '../form.js';
import { textsOf } from '../page-locale.js';

export function sessionRoutes({ db, views, secret, loginThrottle, log }: RouteContext): Router {
  const router = Router();

  router.get('/login', (req, res) => {
    const next = localPath(typeof req.query.next === 'string' ? req.query.next : '', '/topics');
    if (currentUser(res)) {
      res.redirect(303, next);
      return;
    }
    views.render(req, res, 'login', { title: textsOf(res).t('login.title'), next, loginCsrf: issueLoginCsrf(req, res, secret) });
  });

  router.post('/login', async (req, res) => {
    const next = localPath(field(req, 'next'), '/topics');
    const name = field(req, 'name');
    const address = req.ip ?? 'unknown';
    const showForm = (status: number, error: string) =>
      views.render(req, res, 'login', { title: textsOf(res).t('login.title'), next, name, error, loginCsrf: issueLoginCsrf(req, res, secret) }, status);
    if (!checkLoginCsrf(req, secret)) {
      showForm(403, textsOf(res).t('login.error.formExpired'));
      return;
    }
    // Checked before any password hashing, so a flood of guesses costs the server nothing.
    const wait = loginThrottle.retryAfter(name, address);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      showForm(429, textsOf(res).t('login.error.tooManyAttempts', { count: Math.max(1, Math.ceil(wait / 60)) }));
      return;
    }
    const user = name && field(req, 'password') ? await authenticate(db, name, field(req, 'password')) : undefined;
    if (!user) {
      loginThrottle.recordFailure(name, address);
      // JSON-quoted: a name typed by anyone must not be able to forge lines in the log.
      log(`faqtory editor: failed login for ${JSON.stringify(name)} from ${JSON.stringify(address)}`);
      showForm(401, textsOf(res).t('login.error.wrongCredentials'));
      return;
    }
    loginThrottle.recordSuccess(name);
    setSessionCookie(req, res, createSession(db, user.id));
    res.redirect(303, next);
  });

  // "Log out everywhere" (field `everywhere`) ends the user's sessions on every device.
  router.post('/logout', requireLogin, requireCsrf, (req, res) => {
    if (field(req, 'everywhere')) deleteUserSessions(db, currentUser(res)!.id);
    else deleteSession(db, String(res.locals.sessionToken));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/login');
  });

  return router;
}
