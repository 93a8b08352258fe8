import { Router, type Request, type Response } from 'express';
import { ANSWER_LANGS, mergeTopics, moveQuestions, redactLabel, renameTopic, setTopicStatus, splitTopic, undoMerge } from '../../app/index.js';
import { because } from '../../error-reasons.js';
import { InvalidInputError } from '../../errors.js';
import { TOPIC_STATUSES, type GivenReply } from '../../model.js';
import { renderMarkdown } from '../../publish/markdown.js';
import { getAnswerForTopic, listAnswerVersions, listCategories } from '../../store/answers.js';
import { listMergesInto } from '../../store/topic-edits.js';
import { getTopicSummary, listTopicQuestions } from '../../store/topic-list.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { setFlash } from '../flash.js';
import { field, idFrom, idsFrom, pageFrom, pagingOf } from '../form.js';
import { isMessageKey, type Translator } from '../i18n/index.js';
import { lineDiff } from '../line-diff.js';
import { textsOf } from '../page-locale.js';
import { chosenTopic, topicOptions } from '../topic-chooser.js';

const QUESTIONS_PER_PAGE = 50;

/** What the answer form holds when it is shown again (a preview, a refused save). */
export interface AnswerForm {
  question: string;
  body: string;
  category: string;
  lang: string;
}

export interface TopicPageExtras {
  form?: AnswerForm;
  preview?: string;
  error?: string;
}

/** The topic page: its questions a page at a time, its answer with history, and the editors' actions on it. */
export function renderTopicPage(context: RouteContext, req: Request, res: Response, topicId: number, extras: TopicPageExtras = {}, status = 200): void {
  const { db, views } = context;
  const texts = textsOf(res);
  const topic = redactLabel(getTopicSummary(db, topicId));
  if (topic.mergedInto !== null) {
    setFlash(req, res, 'ok', texts.t('topic.mergedAway', { topic: `#${topic.mergedInto}` }));
    res.redirect(303, `/topics/${topic.mergedInto}`);
    return;
  }
  const page = pageFrom(req);
  const questions = listTopicQuestions(db, topicId, { offset: (page - 1) * QUESTIONS_PER_PAGE, limit: QUESTIONS_PER_PAGE });
  const answer = getAnswerForTopic(db, topicId);
  const versions = answer ? listAnswerVersions(db, answer.id) : [];
  const lang = answer?.lang || ((ANSWER_LANGS as readonly string[]).includes(topic.lang) ? topic.lang : '');
  // "Start from this answer" without JavaScript: the link reloads the page with the reply in the editor.
  const start = req.query.start === 'suggested' ? topic.suggestedAnswer : topic.answerVariants[Number(req.query.start)];
  const form = extras.form ?? {
    question: answer?.question ?? topic.label,
    body: typeof req.query.start === 'string' && start ? start.text : (answer?.bodyMd ?? ''),
    category: answer?.category ?? '',
    lang,
  };
  const given = (reply: GivenReply) => ({ ...reply, channelNames: texts.formatList(reply.channels.map((channel) => channelName(texts, channel))) });
  const live = versions.find((version) => version.live);
  views.render(
    req,
    res,
    'topic',
    {
      title: topic.label,
      section: 'topics',
      scripts: true,
      topic,
      questions: questions.map((question) => ({
        ...question,
        // How long the customer waited for the shop; null when either time is unknown.
        waitedMs: question.askedAt && question.repliedAt ? Date.parse(question.repliedAt) - Date.parse(question.askedAt) : null,
      })),
      suggested: topic.suggestedAnswer && given(topic.suggestedAnswer),
      variants: topic.answerVariants.map(given),
      conflicts: topic.conflicts.map((conflict) => ({ values: texts.formatList([...new Set(conflict.statements.flatMap((statement) => statement.values))]) })),
      questionCount: topic.size,
      paging: pagingOf(req, page, Math.max(1, Math.ceil(topic.size / QUESTIONS_PER_PAGE))),
      answer,
      form,
      langs: ANSWER_LANGS.map((value) => ({ value, selected: value === form.lang })),
      categories: listCategories(db),
      preview: extras.preview ?? (form.body ? renderMarkdown(form.body) : ''),
      previewIsUnsaved: extras.preview !== undefined,
      // Pre-filled from the (redacted) label: the editor is asked to rewrite it in the shop's words.
      headingFromCustomers: extras.form === undefined && !answer,
      error: extras.error,
      isLive: topic.status === 'published' && live !== undefined,
      live,
      draftDiffers: topic.status === 'published' && live !== undefined && versions[0] !== live,
      versions: versions.map((version, index) => ({ ...version, diff: lineDiff(versions[index + 1]?.bodyMd ?? '', version.bodyMd) })),
      merges: listMergesInto(db, topicId).map(redactLabel),
      topicOptions: topicOptions(db, topicId),
      statuses: TOPIC_STATUSES.map((value) => ({ value, selected: value === topic.status })),
    },
    status,
  );
}

function channelName(texts: Translator, channel: string): string {
  const key = `channel.${channel}`;
  return isMessageKey(key) ? texts.t(key) : channel;
}

/** A topic's page and the editors' decisions on it: rename, move, split, merge (and undo), status. */
export function topicRoutes(context: RouteContext): Router {
  const { db, views } = context;
  const router = Router();
  const mayEdit = requireRole('editor', 'admin');

  router.get('/topics/:id', (req, res) => {
    renderTopicPage(context, req, res, idFrom(req.params.id, 404));
  });

  router.post('/topics/:id/rename', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 404);
    renameTopic(db, { topicId, label: field(req, 'label'), actor: actorOf(res) });
    setFlash(req, res, 'ok', textsOf(res).t('topic.renamed'));
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/status', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 404);
    const status = setTopicStatus(db, { topicId, status: field(req, 'status'), actor: actorOf(res) });
    const texts = textsOf(res);
    setFlash(req, res, 'ok', texts.t('topic.statusSet', { status: texts.t(`status.${status}`) }));
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/move', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 404);
    const texts = textsOf(res);
    const questionIds = idsFrom(req, 'question');
    if (field(req, 'action') === 'split') {
      const newId = splitTopic(db, { questionIds, label: field(req, 'label'), actor: actorOf(res) });
      setFlash(req, res, 'ok', texts.t('topic.split.done', { topic: `#${newId}` }));
      res.redirect(303, `/topics/${newId}`);
      return;
    }
    const targetTopicId = chosenTopic(db, field(req, 'topic'));
    moveQuestions(db, { questionIds, targetTopicId, actor: actorOf(res) });
    setFlash(req, res, 'ok', texts.t('topic.moved', { count: questionIds.length, topic: `#${targetTopicId}` }));
    res.redirect(303, `/topics/${topicId}`);
  });

  router.post('/topics/:id/merge', mayEdit, (req, res) => {
    const topicId = idFrom(req.params.id, 404);
    const texts = textsOf(res);
    const intoId = chosenTopic(db, field(req, 'into'));
    if (intoId === topicId) throw new InvalidInputError(because('topic.merge.self'), 'into');
    if (field(req, 'confirm') !== 'yes') {
      // Nothing changes until the editor has seen both topics named side by side.
      views.render(req, res, 'merge-confirm', {
        title: texts.t('topic.merge'),
        section: 'topics',
        source: redactLabel(getTopicSummary(db, topicId)),
        target: redactLabel(getTopicSummary(db, intoId)),
      });
      return;
    }
    const source = redactLabel(getTopicSummary(db, topicId));
    mergeTopics(db, { fromId: topicId, intoId, actor: actorOf(res) });
    setFlash(req, res, 'ok', texts.t('topic.merge.done', { source: source.label, target: redactLabel(getTopicSummary(db, intoId)).label }));
    res.redirect(303, `/topics/${intoId}`);
  });

  router.post('/topics/:id/unmerge', mayEdit, (req, res) => {
    const fromId = idFrom(field(req, 'from'));
    undoMerge(db, { fromId, actor: actorOf(res) });
    setFlash(req, res, 'ok', textsOf(res).t('topic.merge.undone', { source: redactLabel(getTopicSummary(db, fromId)).label }));
    res.redirect(303, `/topics/${fromId}`);
  });

  return router;
}
