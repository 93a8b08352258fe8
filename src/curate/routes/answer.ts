import { Router } from 'express';
import { restoreAnswerVersion, saveAnswer } from '../../app/index.js';
import { InvalidInputError } from '../../errors.js';
import { renderMarkdown } from '../../publish/markdown.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { errorText } from '../error-text.js';
import { setFlash } from '../flash.js';
import { field, idFrom, sentField } from '../form.js';
import { HttpError } from '../http-error.js';
import { textsOf } from '../page-locale.js';
import { publishOutcome } from './publish.js';
import { renderTopicPage, type AnswerForm } from './topic.js';

/** Writing a topic's answer: preview, draft, publish, and restoring an old version. */
export function answerRoutes(context: RouteContext): Router {
  const { db } = context;
  const router = Router();
  const mayEdit = requireRole('editor', 'admin');

  router.post('/topics/:id/answer', mayEdit, async (req, res) => {
    const topicId = idFrom(req.params.id, 404);
    const texts = textsOf(res);
    const form: AnswerForm = { question: field(req, 'question'), body: field(req, 'body'), category: field(req, 'category'), lang: field(req, 'lang') };
    const action = field(req, 'action');
    if (action === 'preview') {
      renderTopicPage(context, req, res, topicId, { form, preview: renderMarkdown(form.body) });
      return;
    }
    if (action !== 'draft' && action !== 'publish') throw new HttpError(400, 'answer.error.noAction');
    try {
      saveAnswer(db, {
        topicId,
        question: form.question,
        bodyMd: form.body,
        category: sentField(req, 'category'),
        lang: sentField(req, 'lang'),
        publish: action === 'publish',
        actor: actorOf(res),
      });
    } catch (error) {
      // A rule of the answer itself: show the form again with the editor's text kept.
      if (!(error instanceof InvalidInputError)) throw error;
      renderTopicPage(context, req, res, topicId, { form, error: errorText(error, texts, context.log) }, 400);
      return;
    }
    if (action === 'draft') {
      setFlash(req, res, 'ok', texts.t('answer.draftSaved'));
    } else {
      const outcome = await publishOutcome(context, 'editor', texts);
      setFlash(req, res, outcome.kind, `${texts.t('answer.published')} ${outcome.text}`);
    }
    res.redirect(303, `/topics/${topicId}`);
  });

  // The live preview's request: the same renderer as the site, so the preview shows what will be published.
  router.post('/topics/:id/preview', mayEdit, (req, res) => {
    idFrom(req.params.id, 404);
    res.type('html').send(renderMarkdown(field(req, 'body')));
  });

  router.post('/topics/:id/restore', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 404);
    const restored = restoreAnswerVersion(db, { topicId, versionId: idFrom(field(req, 'version')), actor: actorOf(res) });
    setFlash(req, res, 'ok', textsOf(res).t('answer.restored', { number: restored.restoredNumber }));
    res.redirect(303, `/topics/${topicId}`);
  });

  return router;
}
