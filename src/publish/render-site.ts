import Handlebars from 'handlebars';
import { renderMarkdown } from './markdown.js';
import { uniqueSlugs } from './slug.js';

export interface SiteEntry {
  question: string;
  bodyMd: string;
}

export interface SiteInput {
  title: string;
  lang: string;
  entries: readonly SiteEntry[];
  builtAt: Date;
}

/** Template sources, read from templates/site/ by `loadSiteTemplates`. */
export interface SiteTemplates {
  page: string;
  css: string;
}

export interface RenderedSite {
  /** Relative path -> file content. */
  files: Map<string, string>;
  entries: number;
}

interface SiteWords {
  contents: string;
  search: string;
  searchHint: string;
  noMatch: string;
  empty: string;
  updated: string;
  link: string;
}

// The page's own few words, in the site's language (English for any other).
const WORDS: Record<string, SiteWords> = {
  pl: {
    contents: 'Spis pytań',
    search: 'Szukaj w pytaniach',
    searchHint: 'np. zwrot, dostawa, płatność',
    noMatch: 'Żadna odpowiedź nie pasuje do wyszukiwania.',
    empty: 'Nie ma jeszcze opublikowanych odpowiedzi.',
    updated: 'Aktualizacja',
    link: 'Link do tej odpowiedzi',
  },
  cs: {
    contents: 'Seznam otázek',
    search: 'Hledat v otázkách',
    searchHint: 'např. vrácení, doprava, platba',
    noMatch: 'Hledání neodpovídá žádná odpověď.',
    empty: 'Zatím nejsou zveřejněné žádné odpovědi.',
    updated: 'Aktualizace',
    link: 'Odkaz na tuto odpověď',
  },
  en: {
    contents: 'Questions',
    search: 'Search the questions',
    searchHint: 'e.g. returns, delivery, payment',
    noMatch: 'No answer matches your search.',
    empty: 'No answers have been published yet.',
    updated: 'Updated',
    link: 'Link to this answer',
  },
};

/** JSON that cannot end the surrounding <script> element or open an HTML comment in it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The whole FAQ site as files. Pure: the same input gives the same files. */
export function renderSite(input: SiteInput, templates: SiteTemplates): RenderedSite {
  const slugs = uniqueSlugs(input.entries.map((entry) => entry.question));
  const entries = input.entries.map((entry, index) => ({
    id: slugs[index],
    question: entry.question.trim(),
    html: renderMarkdown(entry.bodyMd),
  }));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.html },
    })),
  };
  const page = Handlebars.compile(templates.page, { strict: true })({
    title: input.title,
    lang: input.lang,
    words: WORDS[input.lang.toLowerCase().split('-')[0] ?? ''] ?? WORDS.en,
    entries,
    hasEntries: entries.length > 0,
    jsonLd: jsonForScript(jsonLd),
    builtAt: input.builtAt.toISOString(),
    builtDate: input.builtAt.toISOString().slice(0, 10),
  });
  return {
    files: new Map([
      ['index.html', page],
      ['style.css', templates.css],
    ]),
    entries: entries.length,
  };
}
