import type { ClusterItem } from './types.js';
import type { FeatureOptions } from './options.js';
import { FeatureKind, hashRange, seedOf } from './feature-hash.js';

/**
 * The words that characterise a group: stems that many members use and that are rare overall
 * (group frequency x IDF), each shown in the surface form members type most often. Names
 * (shops, towns, brands) and product models ("v15", "xb-900") are left out: they say which
 * product or place, not what was asked, and an editor reads the keywords as the topic's gist.
 */
export function topicKeywords(members: readonly ClusterItem[], idf: Float32Array, features: FeatureOptions, count: number): string[] {
  const mask = (1 << features.bits) - 1;
  const stems = new Map<string, { members: number; slot: number; surfaces: Map<string, number> }>();
  for (const { text, lang } of members) {
    const seen = new Set<string>();
    const seed = seedOf(FeatureKind.Stem, lang, features.separateLanguages);
    for (const term of features.analyse(text, lang)) {
      let entry = stems.get(term.stem);
      if (!entry) {
        entry = { members: 0, slot: hashRange(term.stem, 0, term.stem.length, seed) & mask, surfaces: new Map() };
        stems.set(term.stem, entry);
      }
      entry.surfaces.set(term.surface, (entry.surfaces.get(term.surface) ?? 0) + 1);
      if (!seen.has(term.stem)) {
        seen.add(term.stem);
        entry.members++;
      }
    }
  }
  // A word only one member of a larger group uses says little about the group.
  const minMembers = members.length >= 4 ? 2 : 1;
  const names = namesIn(members);
  return [...stems.values()]
    .filter((s) => s.members >= minMembers)
    .map((s) => ({ score: s.members * (idf[s.slot] || 1), surface: mostFrequent(s.surfaces) }))
    .filter((s) => !names.has(s.surface) && !PRODUCT_MODEL.test(s.surface))
    .sort((a, b) => b.score - a.score)
    .map((s) => s.surface)
    .filter((surface, at, all) => all.indexOf(surface) === at)
    .slice(0, count);
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

// Letters and digits in one token: a model or a part number.
const PRODUCT_MODEL = /^(?=.*\p{L})(?=.*\p{N})/u;
// What ends a sentence, possibly followed by spaces, right before a word.
const SENTENCE_END = /[.!?…\n]\s*$/u;

/**
 * Words the members write capitalised inside a sentence at least as often as not: names of
 * places, shops and brands ("w Krakowie", "do Brna", "Dyson", "Elektron"), found in the group
 * itself so no gazetteer is needed. Lower-cased, like keyword surfaces.
 */
function namesIn(members: readonly ClusterItem[]): Set<string> {
  const counts = new Map<string, { capitalised: number; total: number }>();
  for (const { text } of members) {
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (match.index === 0 || SENTENCE_END.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
      const word = match[0];
      const key = word.toLowerCase();
      const count = counts.get(key) ?? { capitalised: 0, total: 0 };
      count.total++;
      if (/^\p{Lu}/u.test(word)) count.capitalised++;
      counts.set(key, count);
    }
  }
  return new Set([...counts].filter(([, c]) => c.capitalised > 0 && 2 * c.capitalised >= c.total).map(([word]) => word));
}
