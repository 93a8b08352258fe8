import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.js';

/** Slovak readers understand Czech far better than Polish, so Slovak browsers get Czech. */
const CLOSEST_LOCALE: Readonly<Record<string, Locale>> = { sk: 'cs' };

interface LanguageRange {
  language: string;
  quality: number;
}

/** `cs-CZ;q=0.8, en;q=0.5, *` as primary languages with their weights; malformed parts are skipped. */
function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const part of header.split(',')) {
    const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const language = tag.toLowerCase().split('-')[0]!;
    if (!/^[a-z]{2,3}$/.test(language)) continue;
    const q = parameters.find((parameter) => /^q=/i.test(parameter));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(quality) && quality > 0 && quality <= 1) ranges.push({ language, quality });
  }
  // Array.prototype.sort is stable: equal weights keep the browser's order.
  return ranges.sort((a, b) => b.quality - a.quality);
}

/**
 * The editor's language for a request: the user's own setting when they have one, otherwise
 * the browser's most preferred language that the editor speaks, otherwise Polish.
 */
export function negotiateLocale(acceptLanguage: string | undefined | null, userSetting?: string | null): Locale {
  if (isLocale(userSetting)) return userSetting;
  for (const { language } of parseAcceptLanguage(acceptLanguage ?? '')) {
    const locale = isLocale(language) ? language : CLOSEST_LOCALE[language];
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
