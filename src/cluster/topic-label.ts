import { foldDiacritics } from '../text/fold.js';
import type { ClusterItem } from './types.js';

/**
 * How many of a group's most central questions may become its label. Further out, a question is
 * less typical of the group however well it is written.
 */
const LABEL_CANDIDATES = 8;

/** Spellings are counted among this many of the most central members: enough to outvote a typo. */
const SPELLING_SAMPLE = 300;

// Past this many characters a label stops reading as a heading.
const LONG = 90;
const VERY_LONG = 140;

const WORD = /[\p{L}\d]+/gu;

/** How often each (lower-cased) spelling and each folded word occurs among the members. */
interface Spellings {
  surfaces: Map<string, number>;
  folded: Map<string, number>;
}

/**
 * The question that labels a group: among its most central questions (most central first), the
 * one an editor reads best. Customers type "zwrot toawru jak?" and "ktoś wie gdzie jest moje
 * zamówienie??"; the label should be a question as the shop would write it: with its
 * diacritics, without a word that the other members spell differently (a typo), in sentence
 * case, ending with "?", short and one sentence. Spelling is judged against the group itself,
 * so no dictionary is needed for any language. Centrality breaks ties.
 */
export function readableLabel(members: readonly ClusterItem[]): ClusterItem {
  const candidates = members.slice(0, LABEL_CANDIDATES);
  const spellings = countSpellings(members.slice(0, SPELLING_SAMPLE));
  let best = candidates[0]!;
  let bestScore = -Infinity;
  candidates.forEach((candidate, rank) => {
    const score = readability(candidate.text, spellings) - 0.1 * rank;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  });
  return best;
}

function countSpellings(members: readonly ClusterItem[]): Spellings {
  const surfaces = new Map<string, number>();
  const folded = new Map<string, number>();
  for (const { text } of members) {
    for (const word of new Set(text.toLowerCase().match(WORD) ?? [])) {
      surfaces.set(word, (surfaces.get(word) ?? 0) + 1);
      const plain = foldDiacritics(word);
      folded.set(plain, (folded.get(plain) ?? 0) + 1);
    }
  }
  return { surfaces, folded };
}

/**
 * 0 for a well-formed question; each flaw costs. A typo costs most: an editor can live with a
 * missing capital or question mark, not with a misspelt heading.
 */
function readability(text: string, spellings: Spellings): number {
  const trimmed = text.trim();
  const words = trimmed.toLowerCase().match(WORD) ?? [];
  let score = 0;
  for (const word of words) {
    if (lacksDiacritics(word, spellings)) score -= 1;
    else if (isTypo(word, spellings)) score -= 3;
  }
  const first = trimmed.match(/\p{L}/u)?.[0] ?? '';
  if (first !== first.toUpperCase()) score -= 1;
  if (trimmed === trimmed.toUpperCase() && /\p{Lu}{4}/u.test(trimmed)) score -= 2;
  if (!/[^?]\?$/.test(trimmed)) score -= 1;
  if (/[.!?]\s+\S/.test(trimmed)) score -= 1;
  if (trimmed.length > VERY_LONG) score -= 3;
  else if (trimmed.length > LONG) score -= 1.5;
  return score;
}

/** "zwroc" where the members mostly write "zwróć": the same word without its diacritics. */
function lacksDiacritics(word: string, spellings: Spellings): boolean {
  const plain = foldDiacritics(word);
  if (plain !== word) return false;
  const withMarks = (spellings.folded.get(plain) ?? 0) - (spellings.surfaces.get(word) ?? 0);
  return withMarks > (spellings.surfaces.get(word) ?? 0);
}

/** A word only this question spells so, one edit away from a word other members use. */
function isTypo(word: string, spellings: Spellings): boolean {
  const plain = foldDiacritics(word);
  if (plain.length < 4 || (spellings.folded.get(plain) ?? 0) > 1) return false;
  for (const [other, count] of spellings.folded) {
    if (count >= 2 && other !== plain && withinOneEdit(plain, other)) return true;
  }
  return false;
}

/** Whether one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
