import type { Db } from './database.js';

/** Keys of the `settings` table this product reads. */
export const SETTING = {
  siteTitle: 'site.title',
  siteLang: 'site.lang',
  siteOutDir: 'site.out_dir',
  buildSchedule: 'build.schedule',
  /** The shop's own addresses, domains and names, comma-separated: added to every import's --shop. */
  importShop: 'import.shop',
  rankHalfLifeDays: 'rank.half_life_days',
  rankGrowthWindowDays: 'rank.growth_window_days',
  /** Express `trust proxy`: which reverse proxies may say the request came over TLS and from where. */
  webTrustProxy: 'web.trust_proxy',
} as const;

/** What each setting means, for `faqtory config`. */
export const SETTING_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [SETTING.siteTitle]: 'title of the FAQ page (default "FAQ")',
  [SETTING.siteLang]: 'language of the FAQ page: pl, cs or en (default pl)',
  [SETTING.siteOutDir]: 'folder the FAQ site is written to (default public)',
  [SETTING.buildSchedule]: 'cron pattern for scheduled rebuilds in "faqtory serve" (default "0 * * * *", or "off")',
  [SETTING.importShop]: "the shop's own e-mail addresses, domains and names, comma-separated",
  [SETTING.rankHalfLifeDays]: 'ranking: days after which a question counts half (default 30)',
  [SETTING.rankGrowthWindowDays]: 'ranking: length in days of the windows compared for growth (default 14)',
  [SETTING.webTrustProxy]:
    'the reverse proxy in front of "faqtory serve" that terminates TLS: "loopback", its address, a number of hops, or "off" (default off); then login cookies are Secure and HSTS is sent',
};

export const DEFAULT_SITE_TITLE = 'FAQ';
export const DEFAULT_SITE_LANG = 'pl';
export const DEFAULT_OUT_DIR = 'public';
export const DEFAULT_BUILD_SCHEDULE = '0 * * * *';

export function getSetting(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value;
}

export function listSettings(db: Db): { key: string; value: string }[] {
  return db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all();
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
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

/** Ranking days an administrator set (positive numbers only); missing ones fall back to the ranking defaults. */
export function getRankDays(db: Db): { halfLifeDays?: number; growthWindowDays?: number } {
  const days = (key: string): number | undefined => {
    const value = Number(getSetting(db, key));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return { halfLifeDays: days(SETTING.rankHalfLifeDays), growthWindowDays: days(SETTING.rankGrowthWindowDays) };
}
