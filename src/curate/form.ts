import type { Request } from 'express';
import { HttpError } from './http-error.js';

/** A text field of the submitted form ('' when absent). */
export function field(req: Request, name: string): string {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** A text field, or undefined when the form did not send it at all (so the stored value is kept). */
export function sentField(req: Request, name: string): string | undefined {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A positive whole number from the URL or a form; else 404 for a page's address, 400 for a form's choice. */
export function idFrom(value: unknown, status: 400 | 404 = 400): number {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,12}$/.test(text) || Number(text) === 0) {
    throw new HttpError(status, status === 404 ? 'error.notFound' : 'error.chooseFromList');
  }
  return Number(text);
}

/** The ids of a repeated form field (ticked checkboxes); none ticked is an empty list. */
export function idsFrom(req: Request, name: string): number[] {
  const picked = ((req.body ?? {}) as Record<string, unknown>)[name];
  return (Array.isArray(picked) ? picked : picked === undefined ? [] : [picked]).map((id) => idFrom(id));
}

/** Only same-site paths, so a crafted link cannot send the user elsewhere after a form. */
export function localPath(value: string, fallback: string): string {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}

/** `?page=N` of a listing, 1 when absent or not a number. */
export function pageFrom(req: Request): number {
  const page = Number(req.query.page);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export interface PagingLinks {
  page: number;
  pages: number;
  previous: string | null;
  next: string | null;
}

/** Links to the neighbouring pages of a listing, keeping its other query parameters. */
export function pagingOf(req: Request, page: number, pages: number): PagingLinks {
  const link = (to: number) => {
    const query = new URLSearchParams(Object.entries(req.query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    query.set('page', String(to));
    return `${req.path}?${query}`;
  };
  return { page, pages, previous: page > 1 ? link(page - 1) : null, next: page < pages ? link(page + 1) : null };
}
