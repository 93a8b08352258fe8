import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { startScheduler, type BuildResult } from '../app/index.js';
import { ConfigError, ConflictError, FaqtoryError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { TEMPLATES_DIR } from '../publish/site-templates.js';
import { isDatabaseBusy, type Db } from '../store/database.js';
import { serverSecret } from '../store/sessions.js';
import { DEFAULT_OUT_DIR, getSetting, SETTING } from '../store/settings.js';
import { loadSession, requireCsrf, requireLogin } from './auth.js';
import { LoginThrottle, type LoginThrottleOptions } from './login-throttle.js';
import { editorHeaders, siteHeaders, strictTransportSecurity } from './security-headers.js';
import type { RouteContext } from './context.js';
import { errorText } from './error-text.js';
import { HttpError } from './http-error.js';
import type { MessageKey } from './i18n/index.js';
import { pickLocale, textsOf } from './page-locale.js';
import { answerRoutes } from './routes/answer.js';
import { auditRoutes } from './routes/audit.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { faqOrderRoutes } from './routes/faq-order.js';
import { importRoutes } from './routes/import.js';
import { languageRoutes } from './routes/language.js';
import { publishRoutes } from './routes/publish.js';
import { runRoutes } from './routes/runs.js';
import { sessionRoutes } from './routes/session.js';
import { settingsRoutes } from './routes/settings.js';
import { FEEDBACK_PATH, siteFeedbackRoutes } from './routes/site-feedback.js';
import { teamRoutes } from './routes/team.js';
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
  /** Largest upload on the import page, all files together (default 200 MB). */
  maxUploadBytes?: number;
  /** Express `trust proxy`; by default the `web.trust_proxy` setting, else no proxy is trusted. */
  trustProxy?: string;
  loginThrottle?: LoginThrottleOptions;
  /** Where failed logins are written; stderr by default. */
  log?: (line: string) => void;
}

const DEFAULT_MAX_UPLOAD_BYTES = 200 * 2 ** 20;
const MAX_UPLOAD_FILES = 100;

/**
 * How long a web request may wait for the write lock. better-sqlite3 waits synchronously, on
 * the event loop, so the wait must be short: an import commits in short batches, and a request
 * that still finds it busy is answered 503 "try again" instead of freezing every other request.
 */
export const WEB_BUSY_TIMEOUT_MS = 250;


/** The `trust proxy` value: "off" (or nothing), "on", a number of hops, or addresses/names as express reads them. */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = (value ?? '').trim();
  if (text === '' || text === 'off' || text === 'false') return false;
  if (text === 'on' || text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (isDatabaseBusy(error)) return 503;
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
  429: 'error.title.tooManyAttempts',
  500: 'error.title',
  503: 'error.title.busy',
};

/** What to tell the user, in their language: a use case's refusal by its reason code. */
function messageOf(error: unknown, status: number, res: Response, log: (line: string) => void): string {
  const texts = textsOf(res);
  if (status === 500) return texts.t('error.server');
  if (status === 413) return texts.t('error.tooLarge');
  if (status === 503) return texts.t('import.busy');
  if (error instanceof HttpError) return texts.t(error.messageKey, error.messageParams);
  return errorText(error, texts, log);
}

/** The editor web app: topics, answers and publishing behind a login, plus the built site at /faq/. */
export function createEditorApp(db: Db, options: EditorAppOptions = {}): express.Express {
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const templatesDir = options.templatesDir ?? TEMPLATES_DIR;
  const views = loadViews(join(templatesDir, 'editor'));
  const buildNow = options.buildNow ?? startScheduler(db, { schedule: 'off', outDir, feedbackUrl: FEEDBACK_PATH }).buildNow;
  db.pragma(`busy_timeout = ${WEB_BUSY_TIMEOUT_MS}`);
  const context: RouteContext = {
    db,
    views,
    outDir,
    buildNow,
    secret: serverSecret(db),
    loginThrottle: new LoginThrottle(options.loginThrottle),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };

  const app = express();
  app.disable('x-powered-by');
  try {
    // Behind a TLS proxy this makes req.secure true, so cookies get Secure and HSTS is sent.
    app.set('trust proxy', parseTrustProxy(options.trustProxy ?? getSetting(db, SETTING.webTrustProxy)));
  } catch (error) {
    throw new ConfigError(
      `The trust proxy setting is not valid (${(error as Error).message}). Use "loopback", the proxy's address, a number of hops, or "off".`,
      SETTING.webTrustProxy,
    );
  }
  app.use(strictTransportSecurity);

  // The published site is public: customers read it without logging in.
  app.use('/faq', siteHeaders, express.static(outDir, { index: 'index.html', dotfiles: 'ignore', redirect: true }), pickLocale(db), siteNotFound(outDir, views));
  // Browsers ask for it on every page; without this they would be sent to the login page.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  app.use(editorHeaders, (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.get('/assets/editor.css', (_req, res) => {
    res.type('css').sendFile(join(templatesDir, 'editor', 'editor.css'));
  });
  app.use(siteFeedbackRoutes(context));
  app.get('/assets/editor.js', (_req, res) => {
    res.type('js').sendFile(join(templatesDir, 'editor', 'editor.js'));
  });
  app.use(express.urlencoded({ extended: false, limit: '200kb' }));
  app.use(loadSession(db));
  app.use(pickLocale(db));
  app.use(sessionRoutes(context));
  const imports = importRoutes(context, { maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES, maxFiles: MAX_UPLOAD_FILES });
  app.use(requireLogin, imports.upload);
  app.use(requireCsrf);
  app.use(languageRoutes(context));
  // The list's fixed paths (/topics/unclustered) before the topic page's /topics/:id.
  app.use(topicListRoutes(context));
  app.use(topicRoutes(context));
  app.use(answerRoutes(context));
  app.use(faqOrderRoutes(context));
  app.use(publishRoutes(context));
  app.use(runRoutes(context));
  app.use(imports.pages);
  app.use(dashboardRoutes(context));
  app.use(teamRoutes(context));
  app.use(settingsRoutes(context));
  app.use(auditRoutes(context));

  app.use(() => {
    throw new HttpError(404, 'error.notFound');
  });
  // The HTTP catch boundary: every route's error becomes an error page with a status.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error);
    if (status === 500) process.stderr.write(`faqtory editor: ${(error as Error).stack ?? String(error)}\n`);
    if (status === 503) res.set('Retry-After', '2');
    const title = textsOf(res).t(TITLES[status] ?? TITLES[400]!);
    views.render(req, res, 'error', { title, message: messageOf(error, status, res, context.log), status }, status);
  });
  return app;
}

/**
 * Any path under /faq/ that is not a file of the site: the site's own 404 page with a 404 status
 * (never the editor's login). An entry's old address (its question was reworded, so its slug
 * changed) is sent to the entry on its language page, which is found by the topic id.
 */
function siteNotFound(outDir: string, views: ReturnType<typeof loadViews>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const moved = /^\/([a-z]{2})\/(\d+)-[^/]*\/?$/.exec(req.path);
    if (moved && existsSync(join(outDir, moved[1]!, 'index.html'))) {
      res.redirect(302, `/faq/${moved[1]}/#t${moved[2]}`);
      return;
    }
    const page = join(outDir, '404.html');
    if (existsSync(page)) {
      res.status(404).sendFile(page);
      return;
    }
    const texts = textsOf(res);
    views.render(req, res, 'error', { title: texts.t('error.siteNotBuilt.title'), message: texts.t('error.siteNotBuilt') }, 404);
  };
}
