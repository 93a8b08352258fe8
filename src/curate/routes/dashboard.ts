import { Router } from 'express';
import { loadDashboardFigures } from '../../store/dashboard.js';
import { listUserAccounts } from '../../store/users.js';
import { actorOf } from '../auth.js';
import type { RouteContext } from '../context.js';
import { dashboardView } from '../dashboard-view.js';
import { textsOf } from '../page-locale.js';

/** The dashboard: what customers ask, when, through which channel, and what the FAQ covers. */
export function dashboardRoutes({ db, views }: RouteContext): Router {
  const router = Router();
  router.get('/dashboard', (req, res) => {
    const translate = textsOf(res);
    // An administrator is asked to remove the demo account (its password is public) on arrival.
    const demo = actorOf(res).role === 'admin' ? listUserAccounts(db).find((account) => account.demo) : undefined;
    views.render(req, res, 'dashboard', { title: translate.t('dashboard.title'), demo, ...dashboardView(loadDashboardFigures(db), translate) });
  });
  return router;
}
