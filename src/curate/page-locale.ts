import type { Request, Response } from 'express';
import { DEFAULT_TIME_ZONE, negotiateLocale, translator, type Locale, type Translator } from './i18n/index.js';

/**
 * The page language (the user's own choice, else the browser's) and the shop's time zone,
 * which the app puts in `res.locals.timeZone` from the settings.
 */
export function pageLocale(req: Request, res: Response): { locale: Locale; timeZone: string } {
  const user = res.locals.user as { locale?: string | null } | undefined;
  const timeZone = res.locals.timeZone;
  return {
    locale: negotiateLocale(req.get('accept-language'), user?.locale),
    timeZone: typeof timeZone === 'string' && timeZone ? timeZone : DEFAULT_TIME_ZONE,
  };
}

/** The translator for messages built in code (flash messages) on this request. */
export function pageTranslator(req: Request, res: Response): Translator {
  const { locale, timeZone } = pageLocale(req, res);
  return translator(locale, timeZone);
}
