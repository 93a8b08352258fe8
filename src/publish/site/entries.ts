import { htmlToText } from '../../ingest/html/index.js';
import { renderMarkdown } from '../markdown.js';
import { slugify } from '../slug.js';
import type { SiteEntry } from './settings.js';

/** An entry ready for the templates. */
export interface PreparedEntry {
  topicId: number;
  lang: string;
  question: string;
  category: string;
  /**
   * The entry's anchor on its language page. Made of the topic id alone, so it survives any
   * change of the question's wording; the readable slug is in the entry page's path instead.
   */
  anchor: string;
  /** The entry page's folder, relative to the site root: "pl/12-jak-zwrocic-towar/". */
  path: string;
  html: string;
  text: string;
  markdown: string;
  updatedAt: string;
  wordings: readonly string[];
}

export interface EntryGroup {
  name: string;
  entries: PreparedEntry[];
}

export function prepareEntry(entry: SiteEntry): PreparedEntry {
  const html = renderMarkdown(entry.answerMarkdown);
  const question = entry.question.trim();
  return {
    topicId: entry.topicId,
    lang: entry.lang,
    question,
    category: entry.category.trim(),
    anchor: `t${entry.topicId}`,
    path: `${entry.lang}/${entry.topicId}-${slugify(question)}/`,
    html,
    text: htmlToText(html),
    markdown: entry.answerMarkdown,
    updatedAt: entry.updatedAt,
    wordings: entry.wordings,
  };
}

/** Entries in the editor's order: categories by their position, entries by theirs. */
export function inEditorsOrder(entries: readonly SiteEntry[]): SiteEntry[] {
  return [...entries].sort(
    (a, b) =>
      a.categoryPosition - b.categoryPosition ||
      a.category.localeCompare(b.category) ||
      a.position - b.position ||
      a.topicId - b.topicId,
  );
}

/** Consecutive entries of one category as one group; entries without one go under `general`. */
export function groupByCategory(entries: readonly PreparedEntry[], general: string): EntryGroup[] {
  const groups: EntryGroup[] = [];
  for (const entry of entries) {
    const name = entry.category || general;
    const last = groups.at(-1);
    if (last?.name === name) last.entries.push(entry);
    else groups.push({ name, entries: [entry] });
  }
  return groups;
}
