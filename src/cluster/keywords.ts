import type { ClusterItem } from './types.js';
import type { FeatureOptions } from './options.js';
import { FeatureKind, hashRange, seedOf } from './feature-hash.js';

/**
 * The words that characterise a group: stems that many members use and that are rare overall
 * (group frequency x IDF), each shown in the surface form members type most often.
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
  return [...stems.values()]
    .filter((s) => s.members >= minMembers)
    .map((s) => ({ score: s.members * (idf[s.slot] || 1), surface: mostFrequent(s.surfaces) }))
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
