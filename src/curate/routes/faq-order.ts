import { Router } from 'express';
import { addFaqCategory, faqOutline, isDirection, moveFaqCategory, moveFaqEntry } from '../../app/index.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { setFlash } from '../flash.js';
import { field, idFrom } from '../form.js';
import { HttpError } from '../http-error.js';
import { textsOf } from '../page-locale.js';

/** The FAQ order page: categories and the order of the published entries in them. */
export function faqOrderRoutes(context: RouteContext): Router {
  const { db, views } = context;
  const router = Router();
  const mayEdit = requireRole('editor', 'admin');

  router.get('/faq-order', (req, res) => {
    const outline = faqOutline(db);
    views.render(req, res, 'faq-order', {
      title: textsOf(res).t('faqOrder.title'),
      categories: outline.map((category, index) => ({
        ...category,
        first: index === 0,
        // The uncategorised group is always last and cannot move.
        last: index >= outline.length - 2,
      })),
      empty: outline.every((category) => category.entries.length === 0),
    });
  });

  router.post('/faq-order', mayEdit, (req, res) => {
    const texts = textsOf(res);
    const direction = field(req, 'direction');
    const actor = actorOf(res);
    if (field(req, 'action') === 'add') {
      addFaqCategory(db, { name: field(req, 'name'), actor });
    } else {
      if (!isDirection(direction)) throw new HttpError(400, 'faqOrder.error.direction');
      if (field(req, 'topic')) moveFaqEntry(db, { topicId: idFrom(field(req, 'topic')), direction, actor });
      else moveFaqCategory(db, { name: field(req, 'category'), direction, actor });
    }
    setFlash(req, res, 'ok', texts.t('faqOrder.saved'));
    res.redirect(303, '/faq-order');
  });

  return router;
}
