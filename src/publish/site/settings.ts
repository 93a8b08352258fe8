import { ConfigError } from '../../errors.js';

/** One published answer as the site shows it. */
export interface SiteEntry {
  topicId: number;
  question: string;
  answerMarkdown: string;
  /** ISO 639-1 code of the answer's language: 'pl', 'cs', 'en'... */
  lang: string;
  /** '' for an answer outside any category. */
  category: string;
  /** The editor's order of categories, then of entries inside a category (smallest first). */
  categoryPosition: number;
  position: number;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /** The most common customer wordings of the question: indexed for search, never shown. */
  wordings: readonly string[];
}

export interface SiteColours {
  primary: string;
  text: string;
  background: string;
}

export interface SiteSettings {
  title: string;
  shopName: string;
  /** Shown in the header when set; an absolute URL or a path the site serves. */
  logoUrl: string;
  colours: SiteColours;
  /** The shop's own footer (addresses, opening hours...), in Markdown. */
  footerMarkdown: string;
  /** Where the "did not find it?" link points (a page, `mailto:` or `tel:`); no link when ''. */
  contactUrl: string;
  /** The public address of the site's folder, ending in '/': canonical URLs, sitemap, hreflang. */
  siteUrl: string;
  /** The site languages in order; by default every language that has a published answer. */
  languages?: readonly string[];
  /**
   * A shop's own copies of the templates, for `loadSiteTemplates`; a file missing there falls
   * back to the built-in one.
   */
  templatesDir?: string;
  defaultLang: string;
  /** Set when `faqtory serve` serves the site and counts "Was this helpful?" votes there. */
  feedbackUrl?: string;
}

/** Where `faqtory serve` shows the site by default: used until a shop sets its public address. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:3000/faq/';

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  title: 'FAQ',
  shopName: '',
  logoUrl: '',
  colours: { primary: '#0b5cad', text: '#1f2328', background: '#ffffff' },
  footerMarkdown: '',
  contactUrl: '',
  siteUrl: DEFAULT_SITE_URL,
  defaultLang: 'pl',
};

// Colours go into a <style> element: only plain CSS colour syntax may get there.
const CSS_COLOUR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\))$/i;

/** The given settings over the defaults, checked. */
export function resolveSiteSettings(given: Partial<SiteSettings> = {}): SiteSettings {
  const settings: SiteSettings = {
    ...DEFAULT_SITE_SETTINGS,
    ...given,
    colours: { ...DEFAULT_SITE_SETTINGS.colours, ...given.colours },
  };
  for (const [name, value] of Object.entries(settings.colours)) {
    if (!CSS_COLOUR.test(value.trim())) {
      throw new ConfigError(
        `The site colour "${name}" is "${value}", which is not a CSS colour. Use e.g. "#0b5cad".`,
        `site.colours.${name}`,
      );
    }
  }
  let siteUrl: URL;
  try {
    siteUrl = new URL(settings.siteUrl);
  } catch {
    throw new ConfigError(
      `The site address "${settings.siteUrl}" is not a full URL. Use e.g. "https://shop.example/faq/".`,
      'site.url',
    );
  }
  if (!siteUrl.pathname.endsWith('/')) siteUrl.pathname += '/';
  return { ...settings, siteUrl: siteUrl.href };
}
