import type { Db } from './database.js';

/** Keys of the `settings` table this product reads. */
export const SETTING = {
  siteTitle: 'site.title',
  siteLang: 'site.lang',
  siteOutDir: 'site.out_dir',
  /** The languages the FAQ is built in, comma-separated; empty means every language with a published answer. */
  siteLanguages: 'site.languages',
  siteUrl: 'site.url',
  /** Where customers who found no answer can write: a web page, mailto: or tel:. */
  siteContact: 'site.contact',
  shopName: 'shop.name',
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

/** What each setting means, for `faqtory config`. */
export const SETTING_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [SETTING.siteTitle]: 'title of the FAQ page (default "FAQ")',
  [SETTING.siteLang]: 'language of the FAQ page: pl, cs or en (default pl)',
  [SETTING.siteOutDir]: 'folder the FAQ site is written to (default public)',
  [SETTING.siteLanguages]: 'languages the FAQ site is built in, comma-separated from pl, cs, en (default: every language with a published answer)',
  [SETTING.siteUrl]: 'full address of the FAQ site, e.g. https://shop.example/faq/ (canonical links, sitemap)',
  [SETTING.siteContact]: 'the "did not find it?" link under the FAQ: https://..., mailto:... or tel:...',
  [SETTING.shopName]: "the shop's name, shown on the FAQ site",
  [SETTING.siteLogo]: 'address of the logo shown in the FAQ header',
  [SETTING.siteColourPrimary]: 'FAQ colour of links and buttons, e.g. #0b5cad',
  [SETTING.siteColourText]: 'FAQ text colour, e.g. #1f2328',
  [SETTING.siteColourBackground]: 'FAQ background colour, e.g. #ffffff',
  [SETTING.siteFooter]: 'footer under every FAQ page, in Markdown (address, opening hours...)',
  [SETTING.siteTemplates]: "folder with the shop's own copies of the site templates (missing files come from faqtory)",
  [SETTING.importInbox]: 'folder the scheduled run imports new log files from (faqtory serve, faqtory run --once)',
  [SETTING.importDone]: 'folder imported inbox files are moved to (default: they stay in the inbox)',
  [SETTING.buildSchedule]: 'cron pattern for scheduled rebuilds in "faqtory serve" (default "0 * * * *", or "off")',
  [SETTING.importShop]: "the shop's own e-mail addresses, domains and names, comma-separated",
  [SETTING.rankHalfLifeDays]: 'ranking: days after which a question counts half (default 30)',
  [SETTING.rankGrowthWindowDays]: 'ranking: length in days of the windows compared for growth (default 14)',
  [SETTING.webTrustProxy]:
    'the reverse proxy in front of "faqtory serve" that terminates TLS: "loopback", its address, a number of hops, or "off" (default off); then login cookies are Secure and HSTS is sent',
};

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
