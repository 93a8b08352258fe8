import { Router, type Request, type Response } from 'express';
import { ADMIN_ONLY, nextScheduledRuns, SCHEDULE_OFF, SettingsError, SITE_LANGUAGES, splitSettingList, updateSettings } from '../../app/index.js';
import { DEFAULT_BUILD_SCHEDULE, getSetting, SETTING } from '../../store/settings.js';
import { actorOf, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { errorText } from '../error-text.js';
import { setFlash } from '../flash.js';
import { field } from '../form.js';
import { textsOf, timeZoneOf } from '../page-locale.js';

/** The settings on the page, by form field name. */
const FIELDS = {
  shopName: SETTING.shopName,
  shopAddresses: SETTING.importShop,
  timeZone: SETTING.shopTimeZone,
  siteLanguages: SETTING.siteLanguages,
  siteUrl: SETTING.siteUrl,
  contactLink: SETTING.siteContact,
  schedule: SETTING.buildSchedule,
} as const;

type FieldName = keyof typeof FIELDS;

const SCHEDULE_RUNS_SHOWN = 3;

/** The settings page (administrators), checked by the same schema as `faqtory config`. */
export function settingsRoutes({ db, views, log }: RouteContext): Router {
  const router = Router();
  router.use('/settings', requireRole(...ADMIN_ONLY));

  const renderPage = (req: Request, res: Response, values: Record<FieldName, string>, errors: Partial<Record<FieldName, string>> = {}, status = 200) => {
    const translate = textsOf(res);
    let nextRuns: string[] = [];
    try {
      nextRuns = nextScheduledRuns(values.schedule || SCHEDULE_OFF, SCHEDULE_RUNS_SHOWN, translate.timeZone).map((run) => translate.formatDate(run));
    } catch {
      // An invalid schedule being corrected has no next runs; its error is shown instead.
    }
    const chosen = splitSettingList(values.siteLanguages);
    views.render(
      req,
      res,
      'settings',
      {
        title: translate.t('settings.title'),
        values,
        errors,
        hasErrors: Object.keys(errors).length > 0,
        languages: SITE_LANGUAGES.map((lang) => ({ lang, checked: chosen.includes(lang) })),
        nextRuns,
        defaultTimeZone: timeZoneOf(res),
      },
      status,
    );
  };

  const storedValues = (): Record<FieldName, string> =>
    Object.fromEntries(Object.entries(FIELDS).map(([name, key]) => [name, getSetting(db, key) ?? ''])) as Record<FieldName, string>;

  router.get('/settings', (req, res) => {
    const values = storedValues();
    values.shopAddresses = splitSettingList(values.shopAddresses).join('\n');
    // The page's empty schedule means "off" (its hint says so); an unset one is the default.
    values.schedule = values.schedule === SCHEDULE_OFF ? '' : values.schedule || DEFAULT_BUILD_SCHEDULE;
    renderPage(req, res, values);
  });

  router.post('/settings', (req, res) => {
    const t = textsOf(res).t;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const languages = [body.siteLanguages ?? []].flat().filter((value): value is string => typeof value === 'string');
    const values = Object.fromEntries(Object.keys(FIELDS).map((name) => [name, field(req, name)])) as Record<FieldName, string>;
    values.siteLanguages = languages.join(',');
    const stored = { ...values, schedule: values.schedule.trim() || SCHEDULE_OFF };
    try {
      updateSettings(db, {
        values: Object.fromEntries(Object.entries(FIELDS).map(([name, key]) => [key, stored[name as FieldName]])),
        actor: actorOf(res),
      });
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      const errors: Partial<Record<FieldName, string>> = {};
      for (const [name, key] of Object.entries(FIELDS) as [FieldName, string][]) {
        const problem = error.problems.get(key);
        if (problem) errors[name] = errorText(problem, textsOf(res), log);
      }
      renderPage(req, res, values, errors, 400);
      return;
    }
    setFlash(req, res, 'ok', t('settings.saved'));
    res.redirect(303, '/settings');
  });

  return router;
}
