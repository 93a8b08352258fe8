import type { Db } from './database.js';

/** Keys of the `settings` table this product reads. */
export const SETTING = {
  siteTitle: 'site.title',
  siteLang: 'site.lang',
  siteOutDir: 'site.out_dir',
  /** The languages the FAQ is built in, comma-separated; empty means every language with a published answer. */
  siteLanguages: 'site.languages',
  siteUrl: 'site.url',
  /** Where customers who found no answer can write: a web page or a mailto: link. */
  siteContact: 'site.contact',
  shopName: 'shop.name',
  /** The zone the shop works in: dashboard hours and the schedule are read in it. */
  shopTimeZone: 'shop.time_zone',
  siteLogo: 'site.logo',
  siteColourPrimary: 'site.colours.primary',
  siteColourText: 'site.colours.text',
  siteColourBackground: 'site.colours.background',
  /** The shop's footer under every FAQ page, in Markdown. */
  siteFooter: 'site.footer',
  /** A folder with the shop's own copies of the site templates. */
  siteTemplates: 'site.templates',
  /** The folder the scheduled run imports new log files from. */
  importInbox: 'import.inbox',
  /** Where the scheduled run moves inbox files once imported; they stay in the inbox when unset. */
  importDone: 'import.done',
  buildSchedule: 'build.schedule',
  /** The shop's own addresses, domains and names, comma-separated: added to every import's --shop. */
  importShop: 'import.shop',
  rankHalfLifeDays: 'rank.half_life_days',
  rankGrowthWindowDays: 'rank.growth_window_days',
  /** Express `trust proxy`: which reverse proxies may say the request came over TLS and from where. */
  webTrustProxy: 'web.trust_proxy',
} as const;

export const DEFAULT_OUT_DIR = 'public';
export const DEFAULT_BUILD_SCHEDULE = '0 * * * *';

export function getSetting(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value;
}

export function listSettings(db: Db): { key: string; value: string }[] {
  return db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all();
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare<[string]>('DELETE FROM settings WHERE key = ?').run(key);
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

/** The shop's own addresses, domains and names from the settings (added to every import's --shop). */
export function getShopAddresses(db: Db): string[] {
  return (getSetting(db, SETTING.importShop) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** Ranking days an administrator set (positive numbers only); missing ones fall back to the ranking defaults. */
export function getRankDays(db: Db): { halfLifeDays?: number; growthWindowDays?: number } {
  const days = (key: string): number | undefined => {
    const value = Number(getSetting(db, key));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return { halfLifeDays: days(SETTING.rankHalfLifeDays), growthWindowDays: days(SETTING.rankGrowthWindowDays) };
}

/** The shop's time zone, or undefined when not set (callers fall back to Europe/Warsaw). */
export function getShopTimeZone(db: Db): string | undefined {
  return getSetting(db, SETTING.shopTimeZone)?.trim() || undefined;
}
