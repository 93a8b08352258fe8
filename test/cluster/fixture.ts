import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../../src/model.js';
import type { ClusterItem, Clustering } from '../../src/cluster/index.js';
import type { FeatureOptions } from '../../src/cluster/options.js';
import { countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from '../../src/cluster/vectorize.js';

/** test/fixtures/cluster/questions.csv: paraphrases of a few pl/cs/en intents plus noise. */
export function loadQuestions(): { items: ClusterItem[]; intentOf: Map<number, string> } {
  const file = fileURLToPath(new URL('../../../test/fixtures/cluster/questions.csv', import.meta.url));
  const records = parse(readFileSync(file), { columns: true }) as { intent: string; lang: Lang; text: string }[];
  const intentOf = new Map<number, string>();
  const items = records.map((r, at) => {
    intentOf.set(at + 1, r.intent);
    return { id: at + 1, text: r.text, lang: r.lang };
  });
  return { items, intentOf };
}

/** Unit TF-IDF rows of the items as clustering weighs them, IDF taken from the items themselves. */
export function weightedRows(items: readonly ClusterItem[], features: FeatureOptions): SparseRows {
  const counts = countFeatures(items, features);
  return weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
}

/**
 * The topic holding most of an intent's questions: which share of the intent it holds, and
 * which share of its members ask that intent.
 */
export function intentTopic(clustering: Clustering, intentOf: ReadonlyMap<number, string>, intent: string): { together: number; purity: number } {
  const ids = [...intentOf].filter(([, of]) => of === intent).map(([id]) => id);
  const counts = clustering.groups.map((group) => group.members.filter((id) => intentOf.get(id) === intent).length);
  const topic = counts.indexOf(Math.max(0, ...counts));
  if (topic < 0 || counts[topic] === 0) return { together: 0, purity: 0 };
  return { together: counts[topic]! / ids.length, purity: counts[topic]! / clustering.groups[topic]!.members.length };
}
