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
import type { MessageKey } from './i18n/index.js';
import { pickLocale, textsOf } from './page-locale.js';
import { answerRoutes } from './routes/answer.js';
import { faqOrderRoutes } from './routes/faq-order.js';
import { languageRoutes } from './routes/language.js';
import { publishRoutes } from './routes/publish.js';
import { sessionRoutes } from './routes/session.js';
import { topicRoutes } from './routes/topic.js';
import { topicListRoutes } from './routes/topics.js';
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
  "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; " +
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

const TITLES: Record<number, MessageKey> = {
  400: 'error.title.invalid',
  401: 'error.title.login',
  403: 'error.title.forbidden',
  404: 'error.title.notFound',
  409: 'error.title.conflict',
  413: 'error.title.tooLarge',
  500: 'error.title',
};

/** What to tell the user, in their language where the error's class says enough. */
function messageOf(error: unknown, status: number, res: Response): string {
  const texts = textsOf(res);
  if (status === 500) return texts.t('error.server');
  if (status === 413) return texts.t('error.tooLarge');
  if (error instanceof ForbiddenError) return texts.t('error.forbidden');
  // The editor's own refusals of a request: only the form check answers 403, only the login check 401.
  if (error instanceof HttpError && status === 403) return texts.t('error.csrf');
  if (error instanceof HttpError && status === 401) return texts.t('login.error.sessionExpired');
  if (error instanceof NotFoundError && error.kind === 'topic') return texts.t('error.topicNotFound');
  return (error as Error).message;
}

/** The editor web app: topics, answers and publishing behind a login, plus the built site at /faq/. */
export function createEditorApp(db: Db, options: EditorAppOptions = {}): express.Express {
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const templatesDir = options.templatesDir ?? TEMPLATES_DIR;
  const views = loadViews(join(templatesDir, 'editor'));
  const buildNow = options.buildNow ?? startScheduler(db, { schedule: 'off', outDir }).buildNow;
  const context: RouteContext = { db, views, outDir, buildNow };

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' });
    next();
  });

  // The published site is public: customers read it without logging in.
  app.use('/faq', express.static(outDir, { index: 'index.html', dotfiles: 'ignore', redirect: true }));
  app.get('/faq/', pickLocale(db), (req, res) => {
    const texts = textsOf(res);
    views.render(req, res, 'error', {
      title: texts.t('error.siteNotBuilt.title'),
      message: texts.t(existsSync(outDir) ? 'error.siteNotBuilt.empty' : 'error.siteNotBuilt'),
    }, 404);
  });
  // Browsers ask for it on every page; without this they would be sent to the login page.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/assets/editor.css', (_req, res) => {
    res.type('css').sendFile(join(templatesDir, 'editor', 'editor.css'));
  });
  app.get('/assets/editor.js', (_req, res) => {
    res.type('js').sendFile(join(templatesDir, 'editor', 'editor.js'));
  });

  app.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': EDITOR_CSP, 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store' });
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: '200kb' }));
  app.use(loadSession(db));
  app.use(pickLocale(db));
  app.use(sessionRoutes(context));
  app.use(requireLogin, requireCsrf);
  app.use(languageRoutes(context));
  // The list's fixed paths (/topics/unclustered) before the topic page's /topics/:id.
  app.use(topicListRoutes(context));
  app.use(topicRoutes(context));
  app.use(answerRoutes(context));
  app.use(faqOrderRoutes(context));
  app.use(publishRoutes(context));

  app.use((_req: Request, res: Response) => {
    throw new HttpError(404, textsOf(res).t('error.notFound'));
  });
  // The HTTP catch boundary: every route's error becomes an error page with a status.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error);
    if (status === 500) process.stderr.write(`faqtory editor: ${(error as Error).stack ?? String(error)}\n`);
    const title = textsOf(res).t(TITLES[status] ?? TITLES[400]!);
    views.render(req, res, 'error', { title, message: messageOf(error, status, res), status }, status);
  });
  return app;
}
