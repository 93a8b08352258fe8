import { Router } from 'express';
import { loadDashboardFigures } from '../../store/dashboard.js';
import type { RouteContext } from '../context.js';
import { dashboardView } from '../dashboard-view.js';
import { textsOf } from '../page-locale.js';

/** The dashboard: what customers ask, when, through which channel, and what the FAQ covers. */
export function dashboardRoutes({ db, views }: RouteContext): Router {
  const router = Router();
  router.get('/dashboard', (req, res) => {
    const translate = textsOf(res);
    views.render(req, res, 'dashboard', { title: translate.t('dashboard.title'), ...dashboardView(loadDashboardFigures(db), translate) });
  });
  return router;
}
