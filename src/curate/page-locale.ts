import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../store/database.js';
import { getShopTimeZone } from '../store/settings.js';
import { getUserLocale } from '../store/users.js';
import { currentUser } from './auth.js';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isLocale, negotiateLocale, translator, type Locale, type Translator } from './i18n/index.js';

/**
 * Picks the page language (the user's own choice, else the browser's Accept-Language, else
 * Polish) and the shop's time zone from the settings, in which dates, hours and the schedule are shown.
 */
export function pickLocale(db: Db) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const user = currentUser(res);
    res.locals.locale = negotiateLocale(req.get('accept-language'), user ? getUserLocale(db, user.id) : null);
    res.locals.timeZone = getShopTimeZone(db) ?? DEFAULT_TIME_ZONE;
    next();
  };
}

export function localeOf(res: Response): Locale {
  return isLocale(res.locals.locale) ? res.locals.locale : DEFAULT_LOCALE;
}

export function timeZoneOf(res: Response): string {
  return typeof res.locals.timeZone === 'string' ? res.locals.timeZone : DEFAULT_TIME_ZONE;
}

/** The texts of the current page's language, for messages built outside templates (flashes). */
export function textsOf(res: Response): Translator {
  return translator(localeOf(res), timeZoneOf(res));
}
