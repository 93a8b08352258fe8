import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requireRole as requireActorRole } from '../app/actor.js';
import type { Actor, UserRole } from '../model.js';
import type { Db } from '../store/database.js';
import { isDatabaseBusy } from '../store/database.js';
import { findSessionUser, SESSION_ABSOLUTE_MS, sessionNeedsTouch, touchSession } from '../store/sessions.js';
import type { User } from '../store/users.js';
import { HttpError } from './http-error.js';

export const SESSION_COOKIE = 'faqtory_session';
export const LOGIN_CSRF_COOKIE = 'faqtory_login_csrf';

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    try {
      cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // A malformed cookie is ignored like a missing one.
    }
  }
  return cookies;
}

export function cookieOptions(req: Request, maxAge: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/', maxAge };
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, cookieOptions(req, SESSION_ABSOLUTE_MS));
}

// The form token is derived from the session token, which only the user's browser holds, so a
// page on another site cannot know it; nothing extra needs storing.
function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('faqtory form').digest('base64url');
}

function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function currentUser(res: Response): User | undefined {
  return res.locals.user as User | undefined;
}

export function canEdit(user: User | undefined): boolean {
  return user?.role === 'editor' || user?.role === 'admin';
}

/** Finds the logged-in user from the session cookie and the form token for their pages. */
export function loadSession(db: Db) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    const found = token ? findSessionUser(db, token) : undefined;
    if (token && found) {
      const { lastSeenAt, ...user } = found;
      if (sessionNeedsTouch(lastSeenAt)) {
        try {
          touchSession(db, token);
        } catch (error) {
          // While an import holds the write lock, the session stays as it was: the next request records it.
          if (!isDatabaseBusy(error)) throw error;
        }
      }
      res.locals.user = user;
      res.locals.sessionToken = token;
      res.locals.csrf = csrfTokenFor(token);
    }
    next();
  };
}

function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** Everything behind this needs a login: pages send the browser to /login, forms are refused. */
export function requireLogin(req: Request, res: Response, next: NextFunction): void {
  if (currentUser(res)) return next();
  if (isSafeMethod(req.method)) {
    res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  next(new HttpError(401, 'login.error.sessionExpired'));
}

/** Whether `token` is the form token of the user's own session (file uploads check it themselves). */
export function hasFormToken(res: Response, token: unknown): boolean {
  return sameToken(token, String(res.locals.csrf ?? ''));
}

/** Refuses a form that does not carry the token of the user's own session. */
export function requireCsrf(req: Request, res: Response, next: NextFunction): void {
  if (isSafeMethod(req.method)) return next();
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (hasFormToken(res, body._csrf)) return next();
  next(new HttpError(403, 'error.csrf'));
}

/** The logged-in user as use cases see them (behind `requireLogin`, so there is one). */
export function actorOf(res: Response): Actor {
  const user = currentUser(res);
  return { id: user?.id ?? null, role: user?.role ?? 'staff' };
}

/**
 * Refuses early a form the user's role may not send; the use case behind it checks the role
 * again, so this only spares the work of reading the form.
 */
export function requireRole(...roles: UserRole[]) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    try {
      requireActorRole(actorOf(res), roles);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The login form's token, sent both as a cookie and in the form (double submit). It is a random
 * nonce signed with the server's secret, so a value planted in the cookie by someone else (a
 * sibling subdomain can set cookies) is refused: only tokens this server issued count. An
 * existing valid one is kept, so a login page opened in another tab (or a background request
 * that was sent to the login page) does not invalidate the form being filled in.
 */
export function issueLoginCsrf(req: Request, res: Response, secret: Buffer): string {
  const existing = parseCookies(req.headers.cookie).get(LOGIN_CSRF_COOKIE);
  const token = existing && isSignedToken(existing, secret) ? existing : signedToken(randomBytes(18).toString('base64url'), secret);
  res.cookie(LOGIN_CSRF_COOKIE, token, cookieOptions(req, 60 * 60 * 1000));
  return token;
}

export function checkLoginCsrf(req: Request, secret: Buffer): boolean {
  const expected = parseCookies(req.headers.cookie).get(LOGIN_CSRF_COOKIE);
  const body = (req.body ?? {}) as Record<string, unknown>;
  return expected !== undefined && isSignedToken(expected, secret) && sameToken(body._csrf, expected);
}

function signedToken(nonce: string, secret: Buffer): string {
  return `${nonce}.${createHmac('sha256', secret).update(`faqtory login ${nonce}`).digest('base64url')}`;
}

function isSignedToken(token: string, secret: Buffer): boolean {
  const nonce = token.slice(0, token.indexOf('.'));
  return nonce.length > 0 && sameToken(token, signedToken(nonce, secret));
}
