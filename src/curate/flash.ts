import type { Request, Response } from 'express';
import { cookieOptions, parseCookies } from './auth.js';

const FLASH_COOKIE = 'faqtory_flash';

export interface Flash {
  kind: 'ok' | 'error';
  text: string;
}

/** A one-time message shown on the next page, after a redirect. */
export function setFlash(req: Request, res: Response, kind: Flash['kind'], text: string): void {
  res.cookie(FLASH_COOKIE, JSON.stringify({ kind, text }), cookieOptions(req, 60 * 1000));
}

export function takeFlash(req: Request, res: Response): Flash | undefined {
  const raw = parseCookies(req.headers.cookie).get(FLASH_COOKIE);
  if (raw === undefined) return undefined;
  res.clearCookie(FLASH_COOKIE, { path: '/' });
  try {
    const flash = JSON.parse(raw) as Partial<Flash>;
    if (typeof flash.text !== 'string') return undefined;
    return { kind: flash.kind === 'error' ? 'error' : 'ok', text: flash.text };
  } catch {
    return undefined;
  }
}
