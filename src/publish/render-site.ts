import Handlebars from 'handlebars';
import { renderMarkdown } from './markdown.js';
import { groupByCategory, inEditorsOrder, prepareEntry, type PreparedEntry } from './site/entries.js';
import { searchIndexJson } from './site/search-index.js';
import { resolveSiteSettings, type SiteEntry, type SiteSettings } from './site/settings.js';
import { robotsTxt, sitemapXml, type SitemapPage } from './site/sitemap.js';
import { faqPageJsonLd, jsonForScript } from './site/structured-data.js';
import { CHROME_LANGUAGES, siteWords } from './site/words.js';

export interface SiteInput {
  /** The published entries, in any order and any language. */
  entries: readonly SiteEntry[];
  settings?: Partial<SiteSettings>;
  builtAt: Date;
}

/** Template sources and static files, read by `loadSiteTemplates`. */
export interface SiteTemplates {
  /** A language's FAQ page. */
  page: string;
  /** One entry's own page. */
  entry: string;
  /** The root page when the site has several languages. */
  chooser: string;
  notFound: string;
  /** Partials the pages share, by name ("head", "header"...). */
  partials: Readonly<Record<string, string>>;
  css: string;
  /** Files copied as they are (the search script and its modules), by path in the site. */
  assets: Readonly<Record<string, string>>;
}

export interface RenderedSite {
  /** Relative path -> file content. */
  files: Map<string, string>;
  entries: number;
}

/** One entry of faq.json, the same answers for chat widgets and agents. */
export interface FaqJsonEntry {
  id: string;
  lang: string;
  question: string;
  answer: { markdown: string; html: string };
  category: string;
  url: string;
  updated: string;
}

const OG_LOCALES: Readonly<Record<string, string>> = { pl: 'pl_PL', cs: 'cs_CZ', en: 'en_GB' };

/** Every language with a published entry, the ones the site has words for first. */
function languagesOf(entries: readonly SiteEntry[], settings: SiteSettings): string[] {
  if (settings.languages?.length) return [...settings.languages];
  const present = new Set(entries.map((entry) => entry.lang));
  const known = CHROME_LANGUAGES.filter((lang) => present.has(lang));
  const others = [...present].filter((lang) => !CHROME_LANGUAGES.includes(lang)).sort();
  const languages = [...known, ...others];
  return languages.length > 0 ? languages : [settings.defaultLang];
}

function latest(times: readonly string[], fallback: string): string {
  return times.reduce((max, time) => (time > max ? time : max), '') || fallback;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * The whole FAQ site as files: one site per language, entry pages, search indexes, sitemap,
 * faq.json and a 404 page. Pure: the same input gives the same files.
 */
export function renderSite(input: SiteInput, templates: SiteTemplates): RenderedSite {
  const settings = resolveSiteSettings(input.settings);
  const languages = languagesOf(input.entries, settings);
  const defaultLang = languages.includes(settings.defaultLang) ? settings.defaultLang : languages[0]!;
  const builtAt = input.builtAt.toISOString();
  const siteUrl = settings.siteUrl;
  const sitePath = new URL(siteUrl).pathname;

  const byLang = new Map(languages.map((lang) => [lang, [] as PreparedEntry[]]));
  for (const entry of inEditorsOrder(input.entries)) byLang.get(entry.lang)?.push(prepareEntry(entry));
  /** A topic's answers in every language: an entry page links to its translations. */
  const byTopic = new Map<number, PreparedEntry[]>();
  for (const entry of [...byLang.values()].flat()) {
    const translations = byTopic.get(entry.topicId);
    if (translations) translations.push(entry);
    else byTopic.set(entry.topicId, [entry]);
  }

  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) hbs.registerPartial(name, source);
  const pageTemplate = hbs.compile(templates.page);
  const entryTemplate = hbs.compile(templates.entry);
  const chooserTemplate = hbs.compile(templates.chooser);
  const notFoundTemplate = hbs.compile(templates.notFound);

  const languageUrl = (lang: string) => `${siteUrl}${lang}/`;
  const site = {
    title: settings.title,
    shopName: settings.shopName,
    brand: settings.shopName || settings.title,
    logoUrl: settings.logoUrl,
    contactUrl: settings.contactUrl,
    footerHtml: settings.footerMarkdown ? renderMarkdown(settings.footerMarkdown) : '',
    colours: settings.colours,
    feedbackUrl: settings.feedbackUrl ?? '',
  };
  /** What every page template gets; `root` leads from the page back to the site's folder. */
  const chrome = (lang: string, root: string, canonical: string) => ({
    site,
    lang,
    words: siteWords(lang),
    root,
    canonical,
    ogLocale: OG_LOCALES[lang] ?? lang,
    builtAt,
    builtDate: builtAt.slice(0, 10),
    switcher: languages.map((other) => ({
      lang: other,
      name: siteWords(other).languageName,
      href: `${root}${other}/`,
      current: other === lang,
    })),
  });

  const files = new Map<string, string>();
  const sitemap: SitemapPage[] = [];
  const faqJson: FaqJsonEntry[] = [];
  const languageAlternates = [
    ...languages.map((lang) => ({ lang, href: languageUrl(lang) })),
    { lang: 'x-default', href: siteUrl },
  ];

  for (const [lang, entries] of byLang) {
    const words = siteWords(lang);
    const updated = latest(entries.map((entry) => entry.updatedAt), builtAt);
    /** `entriesDir` leads from the page to the entry pages: '' from the language's folder. */
    const withLinks = (entriesDir: string) =>
      groupByCategory(entries, words.general).map((group, index) => ({
        id: `c${index + 1}`,
        name: group.name,
        entries: group.entries.map((entry) => ({ ...entry, href: `${entriesDir}${entry.path.slice(lang.length + 1)}` })),
      }));
    const languagePage = (root: string) =>
      pageTemplate({
        ...chrome(lang, root, languageUrl(lang)),
        pageTitle: settings.title,
        description: words.description(settings.shopName),
        alternates: languageAlternates,
        categories: withLinks(root ? '' : `${lang}/`),
        hasEntries: entries.length > 0,
        searchIndex: `${root}${lang}/search-index.json`,
        jsonLd: jsonForScript(
          faqPageJsonLd(entries.map((entry) => ({ question: entry.question, answerHtml: entry.html })), languageUrl(lang), lang),
        ),
      });
    files.set(`${lang}/index.html`, languagePage('../'));
    if (languages.length === 1) files.set('index.html', languagePage(''));
    sitemap.push({ url: languageUrl(lang), updated });
    files.set(
      `${lang}/search-index.json`,
      searchIndexJson(
        lang,
        entries.map((entry) => ({
          id: entry.anchor,
          question: entry.question,
          answer: entry.text,
          category: entry.category,
          wordings: entry.wordings.join('\n'),
        })),
      ),
    );

    for (const entry of entries) {
      const url = `${siteUrl}${entry.path}`;
      const translations = byTopic.get(entry.topicId)!;
      files.set(
        `${entry.path}index.html`,
        entryTemplate({
          ...chrome(lang, '../../', url),
          pageTitle: `${entry.question} – ${site.brand}`,
          description: shorten(entry.text, 160),
          alternates: translations.length > 1 ? translations.map((t) => ({ lang: t.lang, href: `${siteUrl}${t.path}` })) : [],
          entry: { ...entry, updatedDate: entry.updatedAt.slice(0, 10) },
          backHref: `../#${entry.anchor}`,
        }),
      );
      sitemap.push({ url, updated: entry.updatedAt });
      faqJson.push({
        id: `${entry.lang}-${entry.topicId}`,
        lang,
        question: entry.question,
        answer: { markdown: entry.markdown, html: entry.html },
        category: entry.category,
        url,
        updated: entry.updatedAt,
      });
    }
  }

  if (languages.length > 1) {
    files.set(
      'index.html',
      chooserTemplate({
        ...chrome(defaultLang, '', siteUrl),
        pageTitle: settings.title,
        description: siteWords(defaultLang).description(settings.shopName),
        alternates: languageAlternates,
        choices: languages.map((lang) => ({ lang, name: siteWords(lang).languageName, href: `${lang}/`, prompt: siteWords(lang).chooseLanguage })),
      }),
    );
  }
  // Served for any unknown path, so its links start at the site's folder, not at the page.
  files.set(
    '404.html',
    notFoundTemplate({
      ...chrome(defaultLang, sitePath, `${siteUrl}404.html`),
      pageTitle: `${siteWords(defaultLang).notFoundTitle} – ${site.brand}`,
      description: siteWords(defaultLang).notFoundText,
      alternates: [],
      sitePath,
      choices: languages.map((lang) => ({ lang, name: siteWords(lang).languageName, href: `${sitePath}${lang}/`, text: siteWords(lang).allQuestions })),
    }),
  );
  files.set('sitemap.xml', sitemapXml(sitemap));
  files.set('robots.txt', robotsTxt(`${siteUrl}sitemap.xml`));
  files.set('faq.json', `${JSON.stringify(faqJson, null, 1)}\n`);
  files.set('style.css', templates.css);
  for (const [path, content] of Object.entries(templates.assets)) files.set(path, content);
  return { files, entries: faqJson.length };
}
