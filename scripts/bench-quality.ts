/**
 * Topic quality on labelled data sets, number of topics NOT given to faqtory:
 *   node dist/scripts/bench-quality.js [datasetsDir] [samplesDir]
 * Unclustered questions count as one extra "other" topic in NMI/ARI (the honest reading: the
 * editor sees them as one pile). The baseline is word TF-IDF + k-means given the true k.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../src/model.js';
import { clusterQuestions, resolveOptions, type ClusterItem, type ClusterOptions } from '../src/cluster/index.js';
import { countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from '../src/cluster/vectorize.js';
import { tokenize } from '../src/text/tokenize.js';
import { foldDiacritics } from '../src/text/normalise.js';
import { ari, nmi } from './metrics.js';

interface LabelledSet {
  name: string;
  items: ClusterItem[];
  labels: string[];
  note?: string;
}

interface Row {
  set: string;
  method: string;
  items: number;
  topics: number;
  clustered: number;
  nmi: number;
  ari: number;
  seconds: number;
  recall?: string;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
}

function labelled(name: string, records: { text: string; label: string; lang: Lang }[], note?: string): LabelledSet {
  const set: LabelledSet = {
    name,
    items: records.map((r, id) => ({ id, text: r.text, lang: r.lang })),
    labels: records.map((r) => r.label),
  };
  if (note) set.note = note;
  return set;
}

export function loadSets(datasetsDir: string, samplesDir: string): { sets: LabelledSet[]; skipped: string[] } {
  const sets: LabelledSet[] = [];
  const skipped: string[] = [];
  const banking = join(datasetsDir, 'banking77', 'test.csv');
  if (existsSync(banking)) {
    sets.push(labelled('banking77 test', readCsv(banking).map((r) => ({ text: r.text ?? '', label: r.category ?? '', lang: 'en' as Lang }))));
  } else skipped.push(`banking77 (${banking} not found)`);
  const bitext = join(datasetsDir, 'bitext_customer_support_en', 'bitext_8k_customer_service.csv');
  if (existsSync(bitext)) {
    sets.push(labelled('bitext 8k', readCsv(bitext).map((r) => ({ text: r.utterance ?? '', label: r.intent ?? '', lang: 'en' as Lang }))));
  } else skipped.push(`bitext (${bitext} not found)`);
  const shop = join(samplesDir, 'labels.csv');
  if (existsSync(shop)) {
    const rows = readCsv(shop).filter((r) => r.intent !== 'noise');
    for (const lang of ['pl', 'cs'] as const) {
      const mine = rows.filter((r) => r.lang === lang);
      sets.push(labelled(`shop ${lang}`, mine.map((r) => ({ text: r.opening_text ?? '', label: r.intent ?? '', lang })), 'labels.csv opening_text (not via importers), noise excluded'));
    }
  } else skipped.push(`shop logs (${shop} not found)`);
  return { sets, skipped };
}

/** Found topic per item as a label; all unclustered items share the label "other". */
function foundLabels(set: LabelledSet, options?: Partial<ClusterOptions>): { labels: string[]; topics: number; clustered: number; bySize: number[][] } {
  const clustering = clusterQuestions(set.items, options);
  const labels = new Array<string>(set.items.length).fill('other');
  clustering.groups.forEach((group, g) => {
    for (const id of group.members) labels[id] = `t${g}`;
  });
  const bySize = clustering.groups.map((g) => g.members).sort((a, b) => b.length - a.length);
  return { labels, topics: clustering.groups.length, clustered: 1 - clustering.unclustered.length / set.items.length, bySize };
}

/**
 * Of the `top` most frequent intents, how many are the dominant intent (purity >= 0.8) of one of
 * the `ranked` largest topics.
 */
export function topIntentRecall(labels: readonly string[], topicsBySize: number[][], top = 15, ranked = 20): { hit: number; of: number } {
  const frequency = new Map<string, number>();
  for (const l of labels) frequency.set(l, (frequency.get(l) ?? 0) + 1);
  const wanted = [...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([l]) => l);
  const dominant = new Set<string>();
  for (const members of topicsBySize.slice(0, ranked)) {
    const counts = new Map<string, number>();
    for (const id of members) counts.set(labels[id]!, (counts.get(labels[id]!) ?? 0) + 1);
    const [label, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (count / members.length >= 0.8) dominant.add(label);
  }
  return { hit: wanted.filter((l) => dominant.has(l)).length, of: wanted.length };
}

/** Plain baseline: word TF-IDF (no stems, no n-grams), spherical k-means++ with the true k. */
function kMeansBaseline(set: LabelledSet): string[] {
  const opts = resolveOptions({ weights: { words: 1, stems: 0, charGrams: 0 }, featureBits: 16, analyse: plainWords });
  const counts = countFeatures(set.items, opts);
  const rows = weighFeatures(counts, inverseDocumentFrequency(counts, opts.featureBits), opts);
  const k = new Set(set.labels).size;
  return Array.from(kMeans(rows, k, 1 << opts.featureBits), (c) => `k${c}`);
}

function plainWords(text: string): { surface: string; folded: string; stem: string }[] {
  return tokenize(text).map((t) => {
    const folded = foldDiacritics(t);
    return { surface: t, folded, stem: folded };
  });
}

function kMeans(rows: SparseRows, k: number, dims: number): Int32Array {
  const n = rows.offsets.length - 1;
  const centroids = Array.from({ length: k }, () => new Float32Array(dims));
  const dot = (i: number, c: Float32Array): number => {
    let s = 0;
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) s += rows.weights[e]! * c[rows.features[e]!]!;
    return s;
  };
  const setTo = (c: Float32Array, i: number): void => {
    c.fill(0);
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) c[rows.features[e]!] = rows.weights[e]!;
  };
  let seed = 12345;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  // k-means++ seeding on cosine distance.
  const distance = new Float64Array(n).fill(Infinity);
  setTo(centroids[0]!, Math.floor(random() * n));
  for (let c = 1; c <= k; c++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      distance[i] = Math.min(distance[i]!, 1 - dot(i, centroids[c - 1]!));
      sum += distance[i]! ** 2;
    }
    if (c === k) break;
    let pick = random() * sum;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      pick -= distance[i]! ** 2;
      if (pick <= 0) { chosen = i; break; }
    }
    setTo(centroids[c]!, chosen);
  }
  const assignment = new Int32Array(n);
  for (let iteration = 0; iteration < 25; iteration++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(i, centroids[c]!);
        if (s > bestSim) { bestSim = s; best = c; }
      }
      if (assignment[i] !== best) changed++;
      assignment[i] = best;
    }
    for (const c of centroids) c.fill(0);
    for (let i = 0; i < n; i++) {
      const c = centroids[assignment[i]!]!;
      for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) c[rows.features[e]!]! += rows.weights[e]!;
    }
    for (const c of centroids) {
      let norm = 0;
      for (let f = 0; f < dims; f++) norm += c[f]! * c[f]!;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let f = 0; f < dims; f++) c[f]! *= scale;
    }
    if (changed === 0) break;
  }
  return assignment;
}

export function measure(set: LabelledSet, options?: Partial<ClusterOptions>): Row[] {
  const started = performance.now();
  const found = foundLabels(set, options);
  const seconds = (performance.now() - started) / 1000;
  const shop = set.name.startsWith('shop');
  const rowsOut: Row[] = [];
  const faqtory: Row = {
    set: set.name, method: 'faqtory', items: set.items.length, topics: found.topics, clustered: found.clustered,
    nmi: nmi(set.labels, found.labels), ari: ari(set.labels, found.labels), seconds,
  };
  if (shop) {
    const recall = topIntentRecall(set.labels, found.bySize);
    faqtory.recall = `${recall.hit}/${recall.of}`;
  }
  rowsOut.push(faqtory);
  const baseStarted = performance.now();
  const baseline = kMeansBaseline(set);
  const baseRow: Row = {
    set: set.name, method: 'tfidf+kmeans(true k)', items: set.items.length, topics: new Set(set.labels).size, clustered: 1,
    nmi: nmi(set.labels, baseline), ari: ari(set.labels, baseline), seconds: (performance.now() - baseStarted) / 1000,
  };
  if (shop) {
    const groups = new Map<string, number[]>();
    baseline.forEach((label, id) => groups.set(label, [...(groups.get(label) ?? []), id]));
    const recall = topIntentRecall(set.labels, [...groups.values()].sort((a, b) => b.length - a.length));
    baseRow.recall = `${recall.hit}/${recall.of}`;
  }
  rowsOut.push(baseRow);
  return rowsOut;
}

export function formatTable(rows: Row[]): string {
  const header = ['data set', 'method', 'items', 'topics', 'clustered', 'NMI', 'ARI', 'top-intent recall', 'time s'];
  const lines = rows.map((r) => [
    r.set, r.method, String(r.items), String(r.topics), `${(r.clustered * 100).toFixed(0)}%`,
    r.nmi.toFixed(3), r.ari.toFixed(3), r.recall ?? '-', r.seconds.toFixed(2),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const format = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(format)].join('\n');
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const datasetsDir = argv[0] ?? resolve(root, '../shared/datasets');
  const samplesDir = argv[1] ?? resolve(root, '../shared/samples');
  const { sets, skipped } = loadSets(datasetsDir, samplesDir);
  const rows = sets.flatMap((set) => measure(set));
  console.log(formatTable(rows));
  for (const set of sets) if (set.note) console.log(`note: ${set.name}: ${set.note}`);
  for (const s of skipped) console.log(`skipped: ${s}`);
  console.log('Unclustered questions count as one "other" topic in NMI/ARI.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
