import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import type { Actor, TopicStatus } from '../model.js';
import { getAnswerForTopic, saveAnswerVersion, setLiveVersion } from '../store/answers.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { getTopicSummary } from '../store/topic-list.js';
import { requireStandingTopic, setTopicStatus } from '../store/topic-edits.js';
import { detectLanguage } from '../text/index.js';
import { requireRole } from './actor.js';
import { writeTransaction } from '../store/transaction.js';

export const MAX_QUESTION_LENGTH = 300;
export const MAX_BODY_LENGTH = 50_000;
export const MAX_CATEGORY_LENGTH = 80;
/** Languages an answer can be written in (the FAQ site has a page per language). */
export const ANSWER_LANGS = ['pl', 'cs', 'en'] as const;

export interface AnswerInput {
  topicId: number;
  /** The question heading as customers would ask it. */
  question: string;
  /** The answer in Markdown. */
  bodyMd: string;
  /** 'pl', 'cs' or 'en'; empty or absent keeps the answer's language (the topic's at first). */
  lang?: string;
  /** The FAQ category; empty for none; absent keeps the answer's category. */
  category?: string;
  /**
   * True makes this version the live one and the topic published; false saves a draft, and the
   * live version (if any) stays on the FAQ site.
   */
  publish: boolean;
  actor: Actor;
  now?: Date;
}

export interface SavedAnswer {
  answerId: number;
  versionId: number;
  topicId: number;
  status: TopicStatus;
}

/**
 * Saves a new version of a topic's answer, in one transaction that re-checks the topic still
 * stands: an answer never lands on a topic merged meanwhile in another tab (ConflictError).
 * Publishing replaces the live version; a draft never takes a published answer off the FAQ.
 * Rebuilding the site is the caller's next step.
 */
export function saveAnswer(db: Db, input: AnswerInput): SavedAnswer {
  requireRole(input.actor);
  const question = input.question.trim();
  const bodyMd = input.bodyMd.replace(/\r\n/g, '\n');
  const category = input.category?.trim();
  const lang = input.lang?.trim() || undefined;
  checkAnswer(question, bodyMd, category, lang);
  const now = input.now ?? new Date();
  return writeTransaction(db, (): SavedAnswer => {
    requireStandingTopic(db, input.topicId);
    const previous = getAnswerForTopic(db, input.topicId);
    const { answerId, versionId } = saveAnswerVersion(
      db,
      {
        topicId: input.topicId,
        question,
        bodyMd,
        // Unless told, an answer is in the language it is written in (the CLI and the demo say none).
        lang: lang ?? previous?.lang ?? writtenIn(`${question}\n${bodyMd}`),
        category: category ?? previous?.category ?? '',
        userId: input.actor.id,
      },
      now,
    );
    let status: TopicStatus;
    if (input.publish) {
      setLiveVersion(db, answerId, versionId);
      status = 'published';
    } else {
      // A live answer stays live while its next version is written.
      const live = getTopicSummary(db, input.topicId).status === 'published' && previous?.publishedVersionId != null;
      status = live ? 'published' : 'draft';
    }
    setTopicStatus(db, input.topicId, status, now);
    if (input.publish) recordAudit(db, { userId: input.actor.id, action: 'publish', details: { topic: input.topicId, question }, at: now });
    return { answerId, versionId, topicId: input.topicId, status };
  });
}

function writtenIn(text: string): string {
  const detected = detectLanguage(text);
  return (ANSWER_LANGS as readonly string[]).includes(detected) ? detected : '';
}

function checkAnswer(question: string, bodyMd: string, category: string | undefined, lang: string | undefined): void {
  if (!question) throw new InvalidInputError(because('answer.question.empty'), 'question');
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new InvalidInputError(because('answer.question.tooLong', { count: MAX_QUESTION_LENGTH }), 'question');
  }
  if (!bodyMd.trim()) throw new InvalidInputError(because('answer.body.empty'), 'body');
  if (bodyMd.length > MAX_BODY_LENGTH) {
    throw new InvalidInputError(because('answer.body.tooLong', { count: MAX_BODY_LENGTH }), 'body');
  }
  if (category !== undefined && category.length > MAX_CATEGORY_LENGTH) {
    throw new InvalidInputError(because('category.tooLong', { count: MAX_CATEGORY_LENGTH }), 'category');
  }
  if (lang !== undefined && !(ANSWER_LANGS as readonly string[]).includes(lang)) {
    throw new InvalidInputError(because('answer.lang.unknown', { value: lang, langs: ANSWER_LANGS.join(', ') }), 'lang');
  }
}
