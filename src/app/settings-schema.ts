import { Cron } from 'croner';
import { because, type Reason } from '../error-reasons.js';
import { ConfigError } from '../errors.js';
import { isKnownTimeZone } from '../ingest/time/index.js';
import { SETTING } from '../store/settings.js';

/** Languages the FAQ site can be built in. */
export const SITE_LANGUAGES = ['pl', 'cs', 'en'] as const;

/** One trusted proxy as express reads it: a named range, an IPv4 or IPv6 address, optionally with a prefix length. */
const TRUST_PROXY_ITEM = /^(loopback|linklocal|uniquelocal|\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?|[0-9a-f:]+:[0-9a-f:]*(\/\d{1,3})?)$/i;

/** Schedule value that turns scheduled builds off (manual builds still work). */
export const SCHEDULE_OFF = 'off';

/** One setting: what it means, and how a typed value is checked and normalised. */
export interface SettingSpec {
  key: string;
  description: string;
  /** The value to store, or a ConfigError (with `setting` = the key) saying what is wrong. */
  parse(raw: string): string;
}

function invalid(key: string, reason: Reason): never {
  throw new ConfigError(reason, key);
}

function text(key: string, description: string, maxLength = 200): SettingSpec {
  return {
    key,
    description,
    parse: (raw) => (raw.length > maxLength ? invalid(key, because('setting.tooLong', { key, count: maxLength })) : raw),
  };
}

function positiveDays(key: string, description: string): SettingSpec {
  return {
    key,
    description,
    parse(raw) {
      const days = Number(raw.replace(',', '.'));
      if (!/^\d+([.,]\d+)?$/.test(raw) || !(days > 0) || days > 3650) {
        invalid(key, because('setting.days.invalid', { key, value: raw }));
      }
      return String(days);
    },
  };
}

/** A comma- or line-separated list, trimmed, empties and repeats dropped. */
export function splitSettingList(raw: string | undefined): string[] {
  return [...new Set((raw ?? '').split(/[,\n]/).map((item) => item.trim()).filter(Boolean))];
}

function webAddress(raw: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(raw);
    return protocols.includes(url.protocol) && (url.protocol === 'mailto:' ? /^[^@\s]+@[^@\s]+$/.test(url.pathname) : url.hostname !== '');
  } catch {
    return false;
  }
}

/** Checks a cron pattern (five fields, or six with seconds); returns it trimmed. */
export function checkCronPattern(raw: string): string {
  const pattern = raw.trim();
  try {
    new Cron(pattern, { paused: true }).stop();
  } catch (error) {
    invalid(SETTING.buildSchedule, because('setting.schedule.invalid', { value: pattern, detail: (error as Error).message }));
  }
  return pattern;
}

/** The next times a cron pattern, read in the shop's time zone, fires ([] when scheduled builds are off). */
export function nextScheduledRuns(schedule: string, count: number, timeZone: string, from = new Date()): Date[] {
  if (schedule === SCHEDULE_OFF) return [];
  return new Cron(checkCronPattern(schedule), { paused: true, timezone: timeZone }).nextRuns(count, from);
}

/**
 * Every setting an administrator may change, one schema for `faqtory config` and the settings
 * page: a value is checked the same way whichever way it comes in.
 */
export const SETTINGS_SCHEMA: readonly SettingSpec[] = [
  text(SETTING.shopName, "the shop's name, shown on the FAQ site"),
  {
    key: SETTING.importShop,
    description: "the shop's own e-mail addresses, domains, phone numbers and account names, comma-separated",
    parse: (raw) => splitSettingList(raw).join(', '),
  },
  {
    key: SETTING.shopTimeZone,
    description: "the shop's time zone, e.g. Europe/Warsaw (default) or Europe/Prague",
    parse: (raw) => (isKnownTimeZone(raw) && raw.includes('/') ? raw : invalid(SETTING.shopTimeZone, because('setting.timeZone.unknown', { value: raw }))),
  },
  text(SETTING.siteTitle, 'title of the FAQ page (default "FAQ")'),
  {
    key: SETTING.siteLang,
    description: `main language of the FAQ site: ${SITE_LANGUAGES.join(', ')} (default pl)`,
    parse: (raw) => siteLanguages(SETTING.siteLang, raw, 1).join(''),
  },
  {
    key: SETTING.siteLanguages,
    description: `languages the FAQ site is built in, comma-separated from ${SITE_LANGUAGES.join(', ')} (default: every language with a published answer)`,
    parse: (raw) => siteLanguages(SETTING.siteLanguages, raw, SITE_LANGUAGES.length).join(','),
  },
  {
    key: SETTING.siteUrl,
    description: 'full address of the FAQ site, e.g. https://shop.example/faq/',
    parse: (raw) =>
      webAddress(raw, ['https:', 'http:']) ? raw : invalid(SETTING.siteUrl, because('setting.siteUrl.invalid', { value: raw })),
  },
  {
    key: SETTING.siteContact,
    description: 'contact link shown under the FAQ: a web page (https://...) or mailto:address',
    parse: (raw) =>
      webAddress(raw, ['https:', 'http:', 'mailto:'])
        ? raw
        : invalid(SETTING.siteContact, because('setting.contact.invalid', { value: raw })),
  },
  text(SETTING.siteOutDir, 'folder the FAQ site is written to (default public)', 1000),
  text(SETTING.siteLogo, 'address of the logo shown in the FAQ header', 1000),
  text(SETTING.siteColourPrimary, 'FAQ colour of links and buttons, e.g. #0b5cad', 40),
  text(SETTING.siteColourText, 'FAQ text colour, e.g. #1f2328', 40),
  text(SETTING.siteColourBackground, 'FAQ background colour, e.g. #ffffff', 40),
  text(SETTING.siteFooter, 'footer under every FAQ page, in Markdown (address, opening hours...)', 2000),
  text(SETTING.siteTemplates, "folder with the shop's own copies of the site templates (missing files come from faqtory)", 1000),
  text(SETTING.importInbox, 'folder the scheduled run imports new log files from (faqtory serve, faqtory run --once)', 1000),
  text(SETTING.importDone, 'folder imported inbox files are moved to (default: they stay in the inbox)', 1000),
  {
    key: SETTING.buildSchedule,
    description: `cron pattern for scheduled rebuilds in "faqtory serve" (default "0 * * * *"), or "${SCHEDULE_OFF}"`,
    parse: (raw) => (raw === SCHEDULE_OFF ? raw : checkCronPattern(raw)),
  },
  {
    key: SETTING.webTrustProxy,
    description:
      'the reverse proxy in front of "faqtory serve" that terminates TLS: "loopback", its address, a number of hops, or "off" (default off); then login cookies are Secure and HSTS is sent',
    parse: (raw) =>
      /^(off|on|false|true|\d{1,2})$/.test(raw) || raw.split(',').every((part) => TRUST_PROXY_ITEM.test(part.trim()))
        ? raw
        : invalid(SETTING.webTrustProxy, because('setting.trustProxy.invalid', { value: raw })),
  },
  positiveDays(SETTING.rankHalfLifeDays, 'ranking: days after which a question counts half (default 30)'),
  positiveDays(SETTING.rankGrowthWindowDays, 'ranking: length in days of the windows compared for growth (default 14)'),
];

function siteLanguages(key: string, raw: string, most: number): string[] {
  const languages = splitSettingList(raw.toLowerCase());
  const unknown = languages.filter((lang) => !(SITE_LANGUAGES as readonly string[]).includes(lang));
  if (unknown.length > 0 || languages.length > most) {
    invalid(key, because('setting.siteLanguage.unknown', { languages: SITE_LANGUAGES.join(', '), value: most === 1 ? raw : unknown.join(', ') }));
  }
  return languages;
}

export function settingSpec(key: string): SettingSpec {
  const spec = SETTINGS_SCHEMA.find((candidate) => candidate.key === key);
  if (!spec) {
    throw new ConfigError(because('setting.unknown', { key, settings: SETTINGS_SCHEMA.map((s) => s.key).join(', ') }), key);
  }
  return spec;
}

/** The value to store for `key`, or null when it is empty (the default applies again). */
export function parseSettingValue(key: string, raw: string): string | null {
  const trimmed = raw.trim();
  return trimmed === '' ? null : settingSpec(key).parse(trimmed);
}
