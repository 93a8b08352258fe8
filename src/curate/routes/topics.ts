import { Router, type Request, type Response } from 'express';
import { TOPIC_STATUSES, type TopicStatus } from '../../model.js';
import { renderMarkdown } from '../../publish/markdown.js';
import { getAnswerForTopic, listAnswerVersions, saveAnswer } from '../../store/answers.js';
import { listRecentBuilds } from '../../store/builds.js';
import { isTopicStatus, mergeTopic, moveQuestions, setTopicStatus } from '../../store/topic-edits.js';
import { getTopic, listRankedTopics } from '../../store/topics.js';
import { currentUser, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { setFlash } from '../flash.js';
import { field, idFrom } from '../form.js';
import { HttpError } from '../http-error.js';
import { publishOutcome } from './publish.js';

const MAX_QUESTION_LENGTH = 300;
const MAX_BODY_LENGTH = 50_000;
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
    const topics = listRankedTopics(db, { status });
    views.render(req, res, 'topics', {
      title: 'Topics',
      topics,
      status: status ?? '',
      statuses: TOPIC_STATUSES.map((value) => ({ value, selected: value === status })),
      builds: listRecentBuilds(db, 5),
    });
  });

  function showTopic(req: Request, res: Response, topicId: number, extra: { draft?: AnswerDraft; preview?: string; error?: string } = {}, status = 200) {
    const topic = getTopic(db, topicId);
    if (topic.mergedInto !== null) {
      setFlash(req, res, 'ok', `Topic ${topic.id} was merged into this topic.`);
      res.redirect(303, `/topics/${topic.mergedInto}`);
      return;
    }
    const answer = getAnswerForTopic(db, topicId);
    const otherTopics = listRankedTopics(db, { limit: 500 }).filter((other) => other.id !== topicId);
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
    const draft = { question: field(req, 'question').trim(), body: field(req, 'body').replace(/\r\n/g, '\n') };
    const action = field(req, 'action');
    if (action === 'preview') {
      showTopic(req, res, topicId, { draft, preview: renderMarkdown(draft.body) });
      return;
    }
    if (action !== 'draft' && action !== 'publish') throw new HttpError(400, 'Use one of the buttons under the answer.');
    const problem = !draft.question
      ? 'The question heading is empty. Write the question as customers would ask it.'
      : draft.question.length > MAX_QUESTION_LENGTH
        ? `The question heading is too long (over ${MAX_QUESTION_LENGTH} characters). Shorten it.`
        : !draft.body.trim()
          ? 'The answer is empty. Write the answer before saving.'
          : draft.body.length > MAX_BODY_LENGTH
            ? `The answer is too long (over ${MAX_BODY_LENGTH} characters). Shorten it.`
            : undefined;
    if (problem) {
      showTopic(req, res, topicId, { draft, error: problem }, 400);
      return;
    }
    getTopic(db, topicId);
    saveAnswer(db, { topicId, question: draft.question, bodyMd: draft.body, userId: currentUser(res)?.id ?? null });
    if (action === 'draft') {
      setTopicStatus(db, topicId, 'draft');
      setFlash(req, res, 'ok', 'The answer was saved as a draft. It is not on the FAQ site until you publish it.');
    } else {
      setTopicStatus(db, topicId, 'published');
      const outcome = await publishOutcome(context, 'editor');
      setFlash(req, res, outcome.kind, `The answer was saved and published. ${outcome.text}`);
    }
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/status', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 'topic', 404);
    const status = field(req, 'status');
    if (!isTopicStatus(status)) throw new HttpError(400, `Choose a status: ${TOPIC_STATUSES.join(', ')}.`);
    if (status === 'published' && !getAnswerForTopic(db, topicId)) {
      throw new HttpError(400, 'This topic has no answer yet. Write and save an answer before publishing it.');
    }
    setTopicStatus(db, topicId, status as TopicStatus);
    setFlash(req, res, 'ok', status === 'published'
      ? 'The topic is marked published. Press "Publish now" to put it on the FAQ site.'
      : `The topic is now "${status}".`);
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/merge', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 'topic', 404);
    const intoId = idFrom(field(req, 'into'), 'topic to merge into');
    mergeTopic(db, topicId, intoId);
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
    if (questionIds.length === 0) throw new HttpError(400, 'Tick the questions to move first, then choose the topic.');
    moveQuestions(db, questionIds, targetId);
    const count = questionIds.length === 1 ? 'The question was' : `${questionIds.length} questions were`;
    setFlash(req, res, 'ok', `${count} moved to topic ${targetId} and will stay there when topics are recomputed.`);
    res.redirect(303, `/topics/${topicId}`);
  });

  return router;
}
