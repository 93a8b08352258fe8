import { Router, type Request } from 'express';
import { browseTopics, moveQuestions, splitTopic } from '../../app/index.js';
import { CHANNELS, LANGS, TOPIC_STATUSES } from '../../model.js';
import { countUnclustered, listTopicQuestions } from '../../store/topic-list.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { setFlash } from '../flash.js';
import { field, idsFrom, pageFrom, pagingOf } from '../form.js';
import { textsOf } from '../page-locale.js';
import { sparkline } from '../sparkline.js';
import { chosenTopic, topicOptions } from '../topic-chooser.js';

const UNCLUSTERED_PER_PAGE = 50;

function queryText(req: Request, name: string): string {
  const value = req.query[name];
  return typeof value === 'string' ? value : '';
}

/** The topic list with its search and filters, and the questions that fit no topic. */
export function topicListRoutes(context: RouteContext): Router {
  const { db, views } = context;
  const router = Router();

  router.get('/', (_req, res) => res.redirect(303, '/topics'));

  router.get('/topics', (req, res) => {
    const filters = {
      search: queryText(req, 'q'),
      status: queryText(req, 'status'),
      lang: queryText(req, 'lang'),
      channel: queryText(req, 'channel'),
      from: queryText(req, 'from'),
      to: queryText(req, 'to'),
    };
    const result = browseTopics(db, { ...filters, page: pageFrom(req) });
    const options = (values: readonly string[], chosen: string) => values.map((value) => ({ value, selected: value === chosen }));
    views.render(req, res, 'topics', {
      title: textsOf(res).t('topics.title'),
      filters,
      filtered: Object.values(filters).some((value) => value.trim() !== ''),
      statuses: options(TOPIC_STATUSES, filters.status),
      langs: options(LANGS, filters.lang),
      channels: options(CHANNELS, filters.channel),
      topics: result.topics.map((topic) => ({ ...topic, sparkline: sparkline(topic.trend) })),
      total: result.total,
      paging: pagingOf(req, result.page, result.pages),
      unclustered: countUnclustered(db),
    });
  });

  router.get('/topics/unclustered', (req, res) => {
    const page = pageFrom(req);
    const total = countUnclustered(db);
    const questions = listTopicQuestions(db, null, { offset: (page - 1) * UNCLUSTERED_PER_PAGE, limit: UNCLUSTERED_PER_PAGE });
    views.render(req, res, 'unclustered', {
      title: textsOf(res).t('topics.unclustered'),
      section: 'topics',
      questions,
      total,
      paging: pagingOf(req, page, Math.max(1, Math.ceil(total / UNCLUSTERED_PER_PAGE))),
      topicOptions: topicOptions(db),
    });
  });

  router.post('/topics/unclustered', requireRole('editor', 'admin'), (req, res) => {
    const texts = textsOf(res);
    const questionIds = idsFrom(req, 'question');
    if (field(req, 'action') === 'new') {
      const topicId = splitTopic(db, { questionIds, label: field(req, 'label'), actor: actorOf(res) });
      setFlash(req, res, 'ok', texts.t('topic.createdFrom', { count: questionIds.length }));
      res.redirect(303, `/topics/${topicId}`);
      return;
    }
    const targetTopicId = chosenTopic(db, field(req, 'topic'));
    moveQuestions(db, { questionIds, targetTopicId, actor: actorOf(res) });
    setFlash(req, res, 'ok', texts.t('topic.moved', { count: questionIds.length, topic: `#${targetTopicId}` }));
    res.redirect(303, '/topics/unclustered');
  });

  return router;
}
