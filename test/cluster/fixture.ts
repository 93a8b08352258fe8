import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../../src/model.js';
import type { ClusterItem } from '../../src/cluster/index.js';
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
