import { Router, type Request, type Response } from 'express';
import { mergeTopics, moveQuestions, redactLabel, saveAnswer, setTopicStatus } from '../../app/index.js';
import { InvalidInputError } from '../../errors.js';
import { isTopicStatus, TOPIC_STATUSES } from '../../model.js';
import { renderMarkdown } from '../../publish/markdown.js';
import { getAnswerForTopic, listAnswerVersions } from '../../store/answers.js';
import { listRecentBuilds } from '../../store/builds.js';
import { getTopic, listRankedTopics } from '../../store/topic-list.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { setFlash } from '../flash.js';
import { field, idFrom } from '../form.js';
import { HttpError } from '../http-error.js';
import { publishOutcome, shownBuild } from './publish.js';

// Enough examples to understand a topic without making the page slow to load.
const QUESTIONS_SHOWN = 200;

interface AnswerDraft {
  question: string;
  body: string;
}

export function topicRoutes(context: RouteContext): Router {
  const { db, views } = context;
  const router = Router();
  const mayEdit = requireRole('editor', 'admin');

  router.get('/', (_req, res) => res.redirect(303, '/topics'));

  router.get('/topics', (req, res) => {
    const status = typeof req.query.status === 'string' && req.query.status !== '' ? req.query.status : undefined;
    if (status !== undefined && !isTopicStatus(status)) {
      throw new HttpError(400, `"${status}" is not a topic status. Choose one of: ${TOPIC_STATUSES.join(', ')}.`);
    }
    const topics = listRankedTopics(db, { status }).map(redactLabel);
    views.render(req, res, 'topics', {
      title: 'Topics',
      topics,
      status: status ?? '',
      statuses: TOPIC_STATUSES.map((value) => ({ value, selected: value === status })),
      builds: listRecentBuilds(db, 5).map(shownBuild),
    });
  });

  function showTopic(req: Request, res: Response, topicId: number, extra: { draft?: AnswerDraft; preview?: string; error?: string } = {}, status = 200) {
    const topic = redactLabel(getTopic(db, topicId));
    if (topic.mergedInto !== null) {
      setFlash(req, res, 'ok', `Topic ${topic.id} was merged into this topic.`);
      res.redirect(303, `/topics/${topic.mergedInto}`);
      return;
    }
    const answer = getAnswerForTopic(db, topicId);
    const otherTopics = listRankedTopics(db, { limit: 500 }).filter((other) => other.id !== topicId).map(redactLabel);
    views.render(
      req,
      res,
      'topic',
      {
        title: topic.label,
        topic,
        questions: topic.questions.slice(0, QUESTIONS_SHOWN),
        answer,
        draft: extra.draft ?? { question: answer?.question ?? topic.label, body: answer?.bodyMd ?? '' },
        // Pre-filled from the (redacted) label: the editor is asked to rewrite it in the shop's words.
        headingFromCustomers: extra.draft === undefined && !answer,
        preview: extra.preview ?? (answer ? renderMarkdown(answer.bodyMd) : undefined),
        previewIsUnsaved: extra.preview !== undefined,
        error: extra.error,
        versions: answer ? listAnswerVersions(db, answer.id) : [],
        otherTopics,
        statuses: TOPIC_STATUSES.map((value) => ({ value, selected: value === topic.status })),
      },
      status,
    );
  }

  router.get('/topics/:id', (req, res) => {
    showTopic(req, res, idFrom(req.params.id, 'topic', 404));
  });

  router.post('/topics/:id/answer', mayEdit, async (req, res) => {
    const topicId = idFrom(req.params.id, 'topic', 404);
    const draft = { question: field(req, 'question'), body: field(req, 'body') };
    const action = field(req, 'action');
    if (action === 'preview') {
      showTopic(req, res, topicId, { draft, preview: renderMarkdown(draft.body) });
      return;
    }
    if (action !== 'draft' && action !== 'publish') throw new HttpError(400, 'Use one of the buttons under the answer.');
    try {
      saveAnswer(db, { topicId, question: draft.question, bodyMd: draft.body, publish: action === 'publish', actor: actorOf(res) });
    } catch (error) {
      // A rule of the answer itself: show the form again with the editor's text kept.
      if (!(error instanceof InvalidInputError)) throw error;
      showTopic(req, res, topicId, { draft, error: error.message }, 400);
      return;
    }
    if (action === 'draft') {
      setFlash(req, res, 'ok', 'The answer was saved as a draft. It is not on the FAQ site until you publish it.');
    } else {
      const outcome = await publishOutcome(context, 'editor');
      setFlash(req, res, outcome.kind, `The answer was saved and published. ${outcome.text}`);
    }
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/status', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 'topic', 404);
    const status = setTopicStatus(db, { topicId, status: field(req, 'status'), actor: actorOf(res) });
    setFlash(req, res, 'ok', status === 'published'
      ? 'The topic is marked published. Press "Publish now" to put it on the FAQ site.'
      : `The topic is now "${status}".`);
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/merge', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 'topic', 404);
    const intoId = idFrom(field(req, 'into'), 'topic to merge into');
    mergeTopics(db, { fromId: topicId, intoId, actor: actorOf(res) });
    setFlash(req, res, 'ok', `Topic ${topicId} was merged into this topic; its questions are listed here now.`);
    res.redirect(303, `/topics/${intoId}`);
  });

  router.post('/topics/:id/move', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 'topic', 404);
    const targetId = idFrom(field(req, 'topic'), 'topic to move the questions to');
    const picked = ((req.body ?? {}) as Record<string, unknown>).question;
    const questionIds = (Array.isArray(picked) ? picked : picked === undefined ? [] : [picked]).map((id) =>
      idFrom(id, 'question'),
    );
    moveQuestions(db, { questionIds, targetTopicId: targetId, actor: actorOf(res) });
    const count = questionIds.length === 1 ? 'The question was' : `${questionIds.length} questions were`;
    setFlash(req, res, 'ok', `${count} moved to topic ${targetId} and will stay there when topics are recomputed.`);
    res.redirect(303, `/topics/${topicId}`);
  });

  return router;
}
