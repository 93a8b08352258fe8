import express, { Router } from 'express';
import { recordHelpfulVote } from '../../app/index.js';
import type { RouteContext } from '../context.js';
import { field, idFrom } from '../form.js';
import { HttpError } from '../http-error.js';
import { RateLimit } from '../rate-limit.js';

/** Where the site's "Was this helpful?" forms post, under the site's own path. */
export const FEEDBACK_PATH = '/faq/helpful';

/** Votes one address may send in an hour: a reader votes on a few entries, a script on hundreds. */
export const VOTES_PER_HOUR = 30;

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * "Was this helpful?" from the FAQ site: public (readers have no account), small, rate-limited
 * per address, and keeping nothing about the reader but the count.
 */
export function siteFeedbackRoutes(context: RouteContext, limit = new RateLimit(VOTES_PER_HOUR, 60 * 60 * 1000)): Router {
  const router = Router();
  router.post(FEEDBACK_PATH, express.urlencoded({ extended: false, limit: '1kb' }), (req, res) => {
    // The form is on the site itself; a vote posted from another site is not a reader's.
    const origin = req.get('origin');
    if (origin && hostOf(origin) !== req.get('host')) {
      throw new HttpError(403, 'feedback.error.otherSite');
    }
    if (!limit.allow(req.ip ?? '')) throw new HttpError(429, 'feedback.error.tooMany');
    const lang = field(req, 'lang');
    recordHelpfulVote(context.db, { topicId: idFrom(field(req, 'topic')), lang, helpful: field(req, 'helpful') === 'yes' });
    // Back to the page the reader voted on (its path only: the site's pages have no query).
    const referer = req.get('referer') ?? '';
    const back = hostOf(referer) === req.get('host') ? new URL(referer).pathname : '';
    res.redirect(303, back.startsWith('/faq/') ? back : `/faq/${lang}/`);
  });
  return router;
}
