import type { Db } from './database.js';

/** Keys of the `settings` table this product reads. */
export const SETTING = {
  siteTitle: 'site.title',
  siteLang: 'site.lang',
  siteOutDir: 'site.out_dir',
  buildSchedule: 'build.schedule',
} as const;

export const DEFAULT_SITE_TITLE = 'FAQ';
export const DEFAULT_SITE_LANG = 'pl';
export const DEFAULT_OUT_DIR = 'public';
export const DEFAULT_BUILD_SCHEDULE = '0 * * * *';

export function getSetting(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

export interface SiteSettings {
  title: string;
  lang: string;
}

export function getSiteSettings(db: Db): SiteSettings {
  return {
    title: getSetting(db, SETTING.siteTitle)?.trim() || DEFAULT_SITE_TITLE,
    lang: getSetting(db, SETTING.siteLang)?.trim() || DEFAULT_SITE_LANG,
  };
}
