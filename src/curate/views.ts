import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import Handlebars from 'handlebars';
import { FaqtoryError } from '../errors.js';
import { canEdit, currentUser } from './auth.js';
import { takeFlash } from './flash.js';
import { LOCALE_NAMES, LOCALES, registerI18nHelpers } from './i18n/index.js';
import { localeOf, timeZoneOf } from './page-locale.js';

export interface Views {
  render(req: Request, res: Response, view: string, data: Record<string, unknown>, status?: number): void;
}

/** Compiles every templates/editor/*.hbs once; `layout.hbs` wraps the others, *.partial.hbs are partials. */
export function loadViews(dir: string): Views {
  const handlebars = Handlebars.create();
  registerI18nHelpers(handlebars);
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper('or', (a: unknown, b: unknown) => a || b);
  handlebars.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  handlebars.registerHelper('join', (list: unknown) => (Array.isArray(list) ? list.join(', ') : ''));
  handlebars.registerHelper('score', (value: unknown) => (typeof value === 'number' ? value.toFixed(2) : ''));
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(dir)) {
    const source = () => readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.partial.hbs')) {
      // build-table.partial.hbs is used as {{> buildTable}}.
      const name = file.slice(0, -'.partial.hbs'.length).replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
      handlebars.registerPartial(name, source());
    } else if (file.endsWith('.hbs')) {
      templates.set(file.slice(0, -'.hbs'.length), handlebars.compile(source()));
    }
  }
  const layout = templates.get('layout');
  if (!layout) {
    throw new FaqtoryError(`The editor templates are missing from ${dir}. Reinstall faqtory, or run it from the folder it was installed in.`);
  }

  return {
    render(req, res, view, data, status = 200) {
      const template = templates.get(view);
      // A route asking for a view that does not exist is a bug, not something a user can fix.
      if (!template) throw new Error(`No editor template named ${view}.`);
      const user = currentUser(res);
      const locale = localeOf(res);
      const context = {
        ...data,
        user,
        canEdit: canEdit(user),
        isAdmin: user?.role === 'admin',
        csrf: res.locals.csrf,
        flash: takeFlash(req, res),
        currentPath: req.originalUrl,
        section: data.section ?? view,
        locale,
        timeZone: timeZoneOf(res),
        locales: LOCALES.map((value) => ({ value, name: LOCALE_NAMES[value], selected: value === locale })),
      };
      res.status(status).type('html').send(layout({ ...context, body: template(context) }));
    },
  };
}
