import { Router } from 'express';
import { ADMIN_ONLY } from '../../app/index.js';
import { listAuditLog } from '../../store/audit-log.js';
import { requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { textsOf } from '../page-locale.js';

const ENTRIES_SHOWN = 200;

/** What the details of an entry say, as "key: value" pairs (names, files, roles). */
function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}

/** The audit log of editors' actions (administrators). */
export function auditRoutes({ db, views }: RouteContext): Router {
  const router = Router();
  router.get('/audit', requireRole(...ADMIN_ONLY), (req, res) => {
    const entries = listAuditLog(db, ENTRIES_SHOWN).map((entry) => ({ ...entry, summary: describeDetails(entry.details) }));
    views.render(req, res, 'audit', { title: textsOf(res).t('audit.title'), entries });
  });
  return router;
}
