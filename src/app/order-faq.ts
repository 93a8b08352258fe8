import { because } from '../error-reasons.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { Actor } from '../model.js';
import { listCategories, listPublishedAnswers, saveCategoryOrder, saveEntryOrder, type PublishedAnswer } from '../store/answers.js';
import type { Db } from '../store/database.js';
import { requireRole } from './actor.js';
import { MAX_CATEGORY_LENGTH } from './save-answer.js';
import { writeTransaction } from '../store/transaction.js';

export type Direction = 'up' | 'down';

export interface FaqCategory {
  /** '' holds the entries without a category. */
  name: string;
  entries: PublishedAnswer[];
}

/** The FAQ as it will be built: categories in order, each with its published entries in order. */
export function faqOutline(db: Db): FaqCategory[] {
  const categories = new Map<string, PublishedAnswer[]>(listCategories(db).map((name) => [name, []]));
  const uncategorised: PublishedAnswer[] = [];
  for (const entry of listPublishedAnswers(db)) {
    const list = entry.category ? categories.get(entry.category) : uncategorised;
    if (list) list.push(entry);
    else categories.set(entry.category, [entry]);
  }
  return [...[...categories].map(([name, entries]) => ({ name, entries })), { name: '', entries: uncategorised }];
}

export function isDirection(value: string): value is Direction {
  return value === 'up' || value === 'down';
}

/** Moves one entry a place up or down inside its category. */
export function moveFaqEntry(db: Db, input: { topicId: number; direction: Direction; actor: Actor }): void {
  requireRole(input.actor);
  writeTransaction(db, () => {
    const category = faqOutline(db).find((candidate) => candidate.entries.some((entry) => entry.topicId === input.topicId));
    if (!category) throw new NotFoundError('faqEntry', input.topicId);
    saveEntryOrder(db, swapped(category.entries.map((entry) => entry.topicId), input.topicId, input.direction));
  });
}

/** Moves a category a place up or down among the categories. */
export function moveFaqCategory(db: Db, input: { name: string; direction: Direction; actor: Actor }): void {
  requireRole(input.actor);
  writeTransaction(db, () => {
    const names = listCategories(db);
    if (!names.includes(input.name)) throw new NotFoundError('category', input.name);
    saveCategoryOrder(db, swapped(names, input.name, input.direction));
  });
}

/** Adds an empty category at the end, for answers to be put into. */
export function addFaqCategory(db: Db, input: { name: string; actor: Actor }): string {
  requireRole(input.actor);
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new InvalidInputError(because('category.empty'), 'category');
  if (name.length > MAX_CATEGORY_LENGTH) {
    throw new InvalidInputError(because('category.tooLong', { count: MAX_CATEGORY_LENGTH }), 'category');
  }
  writeTransaction(db, () => {
    const names = listCategories(db);
    if (!names.includes(name)) saveCategoryOrder(db, [...names, name]);
  });
  return name;
}

/** `list` with `item` swapped with its neighbour; unchanged at either end. */
function swapped<T>(list: readonly T[], item: T, direction: Direction): T[] {
  const result = [...list];
  const at = result.indexOf(item);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= result.length) return result;
  [result[at], result[to]] = [result[to]!, result[at]!];
  return result;
}
