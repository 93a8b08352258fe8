import type { Request } from 'express';
import { HttpError } from './http-error.js';

/** A text field of the submitted form ('' when absent). */
export function field(req: Request, name: string): string {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** A positive whole number from the URL or a form, or a plain-language 400/404. */
export function idFrom(value: unknown, what: string, status: 400 | 404 = 400): number {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,12}$/.test(text) || Number(text) === 0) {
    throw new HttpError(status, status === 404 ? `There is no ${what} "${text}".` : `Choose a ${what} from the list.`);
  }
  return Number(text);
}

/** Only same-site paths, so a crafted link cannot send the user elsewhere after a form. */
export function localPath(value: string, fallback: string): string {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
