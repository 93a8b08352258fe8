import { Router, type Request, type Response } from 'express';
import { addUser, ADMIN_ONLY, changeUserRole, removeAccount, resetPassword, setUserEnabled } from '../../app/index.js';
import { ConfigError, ConflictError } from '../../errors.js';
import { USER_ROLES } from '../../model.js';
import { findUserAccount, listUserAccounts, MIN_PASSWORD_LENGTH } from '../../store/users.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { errorText } from '../error-text.js';
import { setFlash } from '../flash.js';
import { field, idFrom } from '../form.js';
import type { MessageKey } from '../i18n/index.js';
import { textsOf } from '../page-locale.js';
import { askToConfirm } from '../confirm.js';

/** The team page (administrators): accounts, roles, passwords. */
export function teamRoutes({ db, views, log }: RouteContext): Router {
  const router = Router();
  router.use('/users', requireRole(...ADMIN_ONLY));

  const renderPage = (req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) => {
    const me = actorOf(res).id;
    const users = listUserAccounts(db).map((account) => ({
      ...account,
      isMe: account.id === me,
      roles: USER_ROLES.map((role) => ({ role, selected: role === account.role })),
    }));
    views.render(
      req,
      res,
      'users',
      {
        title: textsOf(res).t('users.title'),
        users,
        demo: users.find((account) => account.demo),
        newUserRoles: USER_ROLES.map((role) => ({ role, checked: role === 'editor' })),
        minPassword: MIN_PASSWORD_LENGTH,
        ...extra,
      },
      status,
    );
  };

  /** Runs a change; a broken rule is shown on the page again, in the user's words. */
  const change = async (req: Request, res: Response, work: () => unknown, done: () => string) => {
    try {
      await work();
    } catch (error) {
      // A team rule (a taken name, a short password, the last administrator); anything else goes to the error page.
      if (!(error instanceof ConflictError || error instanceof ConfigError)) throw error;
      const form = { name: field(req, 'name'), role: field(req, 'role') };
      renderPage(req, res, { error: errorText(error, textsOf(res), log), form }, error instanceof ConflictError ? 409 : 400);
      return;
    }
    setFlash(req, res, 'ok', done());
    res.redirect(303, '/users');
  };

  router.get('/users', (req, res) => renderPage(req, res));

  router.post('/users', async (req, res) => {
    const t = textsOf(res).t;
    if (field(req, 'password') !== field(req, 'passwordRepeat')) {
      renderPage(req, res, { error: t('users.error.passwordsDiffer'), form: { name: field(req, 'name'), role: field(req, 'role') } }, 400);
      return;
    }
    let name = '';
    await change(
      req,
      res,
      async () => ({ name } = await addUser(db, { name: field(req, 'name'), role: field(req, 'role'), password: field(req, 'password'), actor: actorOf(res) })),
      () => t('users.added', { name }),
    );
  });

  router.post('/users/:id/role', async (req, res) => {
    const t = textsOf(res).t;
    const userId = idFrom(req.params.id, 404);
    let changed = { name: '', role: field(req, 'role') };
    await change(
      req,
      res,
      () => (changed = changeUserRole(db, { userId, role: field(req, 'role'), actor: actorOf(res) })),
      () => t('users.roleChanged', { name: changed.name, role: t(`role.${changed.role}` as MessageKey) }),
    );
  });

  router.post('/users/:id/password', async (req, res) => {
    const t = textsOf(res).t;
    const userId = idFrom(req.params.id, 404);
    let name = '';
    await change(
      req,
      res,
      async () => ({ name } = await resetPassword(db, { userId, password: field(req, 'password'), actor: actorOf(res) })),
      () => t('users.passwordReset', { name }),
    );
  });

  router.post('/users/:id/enabled', async (req, res) => {
    const t = textsOf(res).t;
    const userId = idFrom(req.params.id, 404);
    const enabled = field(req, 'enabled') === 'yes';
    let name = '';
    await change(
      req,
      res,
      () => ({ name } = setUserEnabled(db, { userId, enabled, actor: actorOf(res) })),
      () => t(enabled ? 'users.enabled' : 'users.disabled', { name }),
    );
  });

  router.post('/users/:id/delete', async (req, res) => {
    const t = textsOf(res).t;
    const userId = idFrom(req.params.id, 404);
    if (field(req, 'confirm') !== 'yes') {
      const account = findUserAccount(db, userId);
      askToConfirm(views, req, res, {
        label: t('users.delete'),
        question: t('users.delete.confirm', { name: account?.name ?? String(userId) }),
        action: `/users/${userId}/delete`,
        cancelHref: '/users',
        danger: true,
      });
      return;
    }
    let name = '';
    await change(req, res, () => ({ name } = removeAccount(db, { userId, actor: actorOf(res) })), () => t('users.deleted', { name }));
  });

  return router;
}
