import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { startScheduler, type BuildResult } from '../app/index.js';
import { ConfigError, ConflictError, FaqtoryError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { TEMPLATES_DIR } from '../publish/site-templates.js';
import type { Db } from '../store/database.js';
import { DEFAULT_OUT_DIR } from '../store/settings.js';
import { loadSession, requireCsrf, requireLogin } from './auth.js';
import type { RouteContext } from './context.js';
import { HttpError } from './http-error.js';
import { publishRoutes } from './routes/publish.js';
import { runRoutes } from './routes/runs.js';
import { sessionRoutes } from './routes/session.js';
import { FEEDBACK_PATH, siteFeedbackRoutes } from './routes/site-feedback.js';
import { topicRoutes } from './routes/topics.js';
import { loadViews } from './views.js';

export interface EditorAppOptions {
  /** Where "Publish now" writes the site and what /faq/ serves (default public/). */
  outDir?: string;
  /**
   * Runs a site build. Pass the scheduler's `buildNow` so editor and schedule share one lock;
   * by default the app has its own.
   */
  buildNow?: (trigger: string) => Promise<BuildResult>;
  templatesDir?: string;
}

const EDITOR_CSP =
  "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'none'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof ConfigError || error instanceof InvalidInputError) return 400;
  if (error instanceof ConflictError) return 409;
  // Any other expected failure (a build that could not run...) is a conflict with the current state.
  if (error instanceof FaqtoryError) return 409;
  // Body parser errors (malformed or oversized forms) carry their own 4xx status.
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

const TITLES: Record<number, string> = {
  400: 'Something in the form is not right',
  401: 'Please log in',
  403: 'Not allowed',
  404: 'Page not found',
  409: 'That could not be done',
  413: 'Too much text',
  500: 'Something went wrong',
};

/** The editor web app: topics, answers and publishing behind a login, plus the built site at /faq/. */
export function createEditorApp(db: Db, options: EditorAppOptions = {}): express.Express {
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const templatesDir = options.templatesDir ?? TEMPLATES_DIR;
  const views = loadViews(join(templatesDir, 'editor'));
  const buildNow = options.buildNow ?? startScheduler(db, { schedule: 'off', outDir, feedbackUrl: FEEDBACK_PATH }).buildNow;
  const context: RouteContext = { db, views, outDir, buildNow };

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' });
    next();
  });

  // The published site is public: customers read it without logging in.
  app.use('/faq', express.static(outDir, { index: 'index.html', dotfiles: 'ignore', redirect: true }));
  app.get('/faq/', (req, res) => {
    views.render(req, res, 'error', {
      title: 'The FAQ site is not built yet',
      message: existsSync(outDir)
        ? 'The FAQ site folder has no page yet.'
        : 'The FAQ site has not been built yet. Log in, answer a topic and press "Publish now", or run `faqtory build`.',
    }, 404);
  });
  // Browsers ask for it on every page; without this they would be sent to the login page.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/assets/editor.css', (_req, res) => {
    res.type('css').sendFile(join(templatesDir, 'editor', 'editor.css'));
  });

  app.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': EDITOR_CSP, 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store' });
    next();
  });
  app.use(siteFeedbackRoutes(context));
  app.use(express.urlencoded({ extended: false, limit: '200kb' }));
  app.use(loadSession(db));
  app.use(sessionRoutes(context));
  app.use(requireLogin, requireCsrf);
  app.use(topicRoutes(context));
  app.use(publishRoutes(context));
  app.use(runRoutes(context));

  app.use((req: Request) => {
    throw new HttpError(404, `There is no page at ${req.path}. Go back to the topic list.`);
  });
  // The HTTP catch boundary: every route's error becomes an error page with a status.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error);
    if (status === 500) process.stderr.write(`faqtory editor: ${(error as Error).stack ?? String(error)}\n`);
    const message =
      status === 500
        ? 'The editor hit an unexpected problem; nothing more was changed. Try again, and tell your administrator if it keeps happening.'
        : status === 413
          ? 'The form was too large. Shorten the text and try again.'
          : (error as Error).message;
    views.render(req, res, 'error', { title: TITLES[status] ?? TITLES[400], message, status }, status);
  });
  return app;
}
