import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../store/database.js';
import { getUserLocale } from '../store/users.js';
import { currentUser } from './auth.js';
import { DEFAULT_LOCALE, isLocale, negotiateLocale, translator, type Locale, type Translator } from './i18n/index.js';

/** Picks the page language: the user's own choice, else the browser's (Accept-Language), else Polish. */
export function pickLocale(db: Db) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const user = currentUser(res);
    res.locals.locale = negotiateLocale(req.get('accept-language'), user ? getUserLocale(db, user.id) : null);
    next();
  };
}

export function localeOf(res: Response): Locale {
  return isLocale(res.locals.locale) ? res.locals.locale : DEFAULT_LOCALE;
}

/** The texts of the current page's language, for messages built outside templates (flashes). */
export function textsOf(res: Response): Translator {
  return translator(localeOf(res));
}
