/**
 * Topic quality on labelled data sets, number of topics NOT given to faqtory:
 *   node dist/scripts/bench-quality.js [datasetsDir] [samplesDir]
 * The shop logs go through the real importers into a temporary store, exactly as `faqtory import`
 * would read them; every question found is clustered (pl and cs together, as the product does),
 * and the labelled ones are measured per language. Unclustered questions count as one extra
 * "other" topic in NMI/ARI (the honest reading: the editor sees them as one pile). The baseline
 * is word TF-IDF + k-means given the true k.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSampleRows, sampleKey, withImportedSamples } from './shop-samples.js';
import { printTable } from './table.js';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../src/model.js';
import { clusterQuestions, type ClusterItem, type ClusterOverrides } from '../src/cluster/index.js';
import { resolveOptions } from '../src/cluster/options.js';
import { countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from '../src/cluster/vectorize.js';
import { scoreTopic, type RankedQuestion } from '../src/cluster/rank.js';
import { listQuestions } from '../src/store/questions.js';
import { tokenize } from '../src/text/tokenize.js';
import { foldDiacritics } from '../src/text/fold.js';
import { ari, nmi } from './metrics.js';

/** One clustering input; each view measures some of its items against their labels. */
interface Corpus {
  name: string;
  items: ClusterItem[];
  views: View[];
  /** Orders found topics (item indices) best first; by size unless the corpus knows better. */
  rank: (topics: number[][]) => number[][];
  ranking: string;
  note?: string;
}

interface View {
  name: string;
  /** Label per item index; null = not measured (an extra turn, or another view's language). */
  labels: (string | null)[];
  /** Topic-intent recall is measured only for views of real shop logs. */
  recall: boolean;
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

const bySize = (topics: number[][]): number[][] => [...topics].sort((a, b) => b.length - a.length);

function labelledCsv(name: string, records: { text: string; label: string }[]): Corpus {
  return {
    name,
    items: records.map((r, id) => ({ id, text: r.text, lang: 'en' as Lang })),
    views: [{ name, labels: records.map((r) => r.label), recall: false }],
    rank: bySize,
    ranking: 'size',
  };
}

/**
 * The sample shop logs imported through the real pipeline. Questions are matched to labels.csv on
 * (file relative to the samples folder, ref); questions with no label row (later turns of a
 * conversation) stay in the clustering input but out of the measures, and so does "noise".
 */
async function shopCorpus(samplesDir: string): Promise<Corpus> {
  const { questions, meta } = await withImportedSamples(samplesDir, (db) => ({
    questions: listQuestions(db),
    meta: new Map(
      db
        .prepare<[], { id: number; customer: string | null; askedAt: string | null; conversation: number }>(
          'SELECT id, customer, asked_at AS askedAt, conversation_id AS conversation FROM questions',
        )
        .all()
        .map((row) => [row.id, row]),
    ),
  }));
  const labelOf = new Map<string, { intent: string; lang: string }>();
  for (const r of readSampleRows(samplesDir, 'labels.csv')) {
    labelOf.set(sampleKey(samplesDir, r.file, r.ref), { intent: r.intent ?? '', lang: r.lang ?? '' });
  }
  const items: ClusterItem[] = questions.map((q, at) => ({ id: at, text: q.text, lang: q.lang as Lang }));
  const labels = questions.map((q) => labelOf.get(sampleKey(samplesDir, q.file, q.ref)));
  const intents = labels.map((label) => (label === undefined || label.intent === 'noise' ? null : label.intent));
  // Views follow the labelled language, so a question whose language was misdetected still counts.
  const views = (['pl', 'cs'] as const).map((lang) => ({
    name: `shop ${lang}`,
    labels: intents.map((intent, at) => (labels[at]?.lang === lang ? intent : null)),
    recall: true,
  }));
  const misdetected = labels.filter((label, at) => label && label.intent !== 'noise' && label.lang !== questions[at]!.lang).length;

  // The product's own ranking: customers + recency + growth + repeats, from the newest question.
  const ranked: RankedQuestion[] = questions.map((q) => {
    const m = meta.get(q.id)!;
    return { customer: m.customer, askedAt: m.askedAt ? new Date(m.askedAt) : null, conversation: m.conversation };
  });
  const newest = new Date(Math.max(...ranked.map((q) => q.askedAt?.getTime() ?? 0)));
  const rank = (topics: number[][]): number[][] =>
    topics
      .map((members) => ({ members, score: scoreTopic(members.map((i) => ranked[i]!), newest).total }))
      .sort((a, b) => b.score - a.score || b.members.length - a.members.length)
      .map((t) => t.members);
  const unlabelled = labels.filter((label) => label === undefined).length;
  const noise = labels.filter((label) => label?.intent === 'noise').length;
  return {
    name: 'shop logs', items, views, rank, ranking: 'scoreTopic',
    note: `${items.length} questions via importFiles; clustered but not measured: ${unlabelled} extra turns, ${noise} labelled noise; ${misdetected} measured questions had their language misdetected`,
  };
}

async function loadCorpora(datasetsDir: string, samplesDir: string): Promise<{ corpora: Corpus[]; skipped: string[] }> {
  const corpora: Corpus[] = [];
  const skipped: string[] = [];
  const banking = join(datasetsDir, 'banking77', 'test.csv');
  if (existsSync(banking)) {
    corpora.push(labelledCsv('banking77 test', readCsv(banking).map((r) => ({ text: r.text ?? '', label: r.category ?? '' }))));
  } else skipped.push(`banking77 (${banking} not found)`);
  const bitext = join(datasetsDir, 'bitext_customer_support_en', 'bitext_8k_customer_service.csv');
  if (existsSync(bitext)) {
    corpora.push(labelledCsv('bitext 8k', readCsv(bitext).map((r) => ({ text: r.utterance ?? '', label: r.intent ?? '' }))));
  } else skipped.push(`bitext (${bitext} not found)`);
  if (existsSync(join(samplesDir, 'labels.csv'))) corpora.push(await shopCorpus(samplesDir));
  else skipped.push(`shop logs (${join(samplesDir, 'labels.csv')} not found)`);
  return { corpora, skipped };
}

/**
 * Of the `top` most frequent intents, how many are the dominant intent (purity >= 0.8 among the
 * measured members) of one of the `ranked` best topics that hold measured members.
 */
function topIntentRecall(labels: readonly (string | null)[], rankedTopics: number[][], top = 15, ranked = 20): { hit: number; of: number } {
  const frequency = new Map<string, number>();
  for (const l of labels) if (l !== null) frequency.set(l, (frequency.get(l) ?? 0) + 1);
  const wanted = [...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([l]) => l);
  const dominant = new Set<string>();
  let seen = 0;
  for (const members of rankedTopics) {
    if (seen === ranked) break;
    const counts = new Map<string, number>();
    let measured = 0;
    for (const i of members) {
      const label = labels[i];
      if (label === null || label === undefined) continue;
      counts.set(label, (counts.get(label) ?? 0) + 1);
      measured++;
    }
    if (measured === 0) continue;
    seen++;
    const [label, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (count / measured >= 0.8) dominant.add(label);
  }
  return { hit: wanted.filter((l) => dominant.has(l)).length, of: wanted.length };
}

/** Plain baseline: word TF-IDF (no stems, no n-grams), spherical k-means++ with the true k. */
function kMeansBaseline(items: readonly ClusterItem[], k: number): Int32Array {
  const { features } = resolveOptions({ features: { weights: { words: 1, stems: 0, charGrams: 0 }, bits: 16, analyse: plainWords } });
  const counts = countFeatures(items, features);
  const rows = weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
  return kMeans(rows, k, 1 << features.bits);
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

/** Item indices per topic; `label[i] < 0` = unclustered. */
function topicsOf(label: Int32Array, count: number): number[][] {
  const topics = Array.from({ length: count }, () => [] as number[]);
  label.forEach((t, i) => {
    if (t >= 0) topics[t]!.push(i);
  });
  return topics.filter((t) => t.length > 0);
}

/** Measures of one view: NMI/ARI over its labelled items, "other" for unclustered. */
function scoreView(view: View, topicOf: Int32Array, rankedTopics: number[][]): Pick<Row, 'items' | 'topics' | 'clustered' | 'nmi' | 'ari' | 'recall'> {
  const truth: string[] = [];
  const found: string[] = [];
  const topics = new Set<number>();
  let clustered = 0;
  view.labels.forEach((label, i) => {
    if (label === null) return;
    truth.push(label);
    const t = topicOf[i]!;
    found.push(t >= 0 ? `t${t}` : 'other');
    if (t >= 0) {
      clustered++;
      topics.add(t);
    }
  });
  const row: Pick<Row, 'items' | 'topics' | 'clustered' | 'nmi' | 'ari' | 'recall'> = {
    items: truth.length, topics: topics.size, clustered: clustered / truth.length, nmi: nmi(truth, found), ari: ari(truth, found),
  };
  if (view.recall) {
    const recall = topIntentRecall(view.labels, rankedTopics);
    row.recall = `${recall.hit}/${recall.of}`;
  }
  return row;
}

function measure(corpus: Corpus, options?: ClusterOverrides): Row[] {
  const started = performance.now();
  const clustering = clusterQuestions(corpus.items, options);
  const seconds = (performance.now() - started) / 1000;
  const indexOf = new Map(corpus.items.map((item, i) => [item.id, i]));
  const topicOf = new Int32Array(corpus.items.length).fill(-1);
  clustering.groups.forEach((group, g) => {
    for (const id of group.members) topicOf[indexOf.get(id)!] = g;
  });
  const ranked = corpus.rank(topicsOf(topicOf, clustering.groups.length));
  if (process.env.BENCH_DIAG) for (const view of corpus.views) if (view.recall) console.log(diagnose(view, corpus.items, ranked, topicOf));
  const rows: Row[] = [];
  for (const view of corpus.views) {
    rows.push({ set: view.name, method: `faqtory (${clustering.groups.length} topics in all)`, seconds, ...scoreView(view, topicOf, ranked) });
    // The baseline clusters only the view's labelled items, with the true number of intents.
    const measured = view.labels.flatMap((label, i) => (label === null ? [] : [i]));
    const k = new Set(measured.map((i) => view.labels[i])).size;
    const baseStarted = performance.now();
    const assignment = kMeansBaseline(measured.map((i) => corpus.items[i]!), k);
    const baseSeconds = (performance.now() - baseStarted) / 1000;
    const baseTopicOf = new Int32Array(corpus.items.length).fill(-1);
    measured.forEach((i, at) => (baseTopicOf[i] = assignment[at]!));
    rows.push({
      set: view.name, method: 'tfidf+kmeans (true k)', seconds: baseSeconds,
      ...scoreView(view, baseTopicOf, corpus.rank(topicsOf(baseTopicOf, k))),
    });
  }
  return rows;
}

/**
 * BENCH_DIAG=1: what went wrong in one view. The 25 best-ranked topics holding measured items
 * (size, purity, dominant intent, its three most common intents, the representative text), then
 * for each of the most frequent intents the topics its questions landed in.
 */
function diagnose(view: View, items: readonly ClusterItem[], rankedTopics: number[][], topicOf: Int32Array, top = 15): string {
  const lines = [`--- ${view.name}: 25 best-ranked topics (rank. size measured purity: dominant | 3 commonest | first member)`];
  const rankOf = new Map<number, number>();
  let shown = 0;
  rankedTopics.forEach((members) => {
    const counts = new Map<string, number>();
    for (const i of members) {
      const label = view.labels[i];
      if (label !== null && label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    const measured = [...counts.values()].reduce((a, b) => a + b, 0);
    if (measured === 0) return;
    rankOf.set(topicOf[members[0]!]!, shown + 1);
    if (++shown > 25) return;
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const purity = common[0]![1] / measured;
    lines.push(`${String(shown).padStart(2)}. ${members.length} ${measured} ${purity.toFixed(2)}: ${common[0]![0]} | ` +
      `${common.slice(0, 3).map(([l, c]) => `${l}:${c}`).join(' ')} | ${items[members[0]!]!.text.slice(0, 70).replace(/\s+/g, ' ')}`);
    // BENCH_DIAG=2 also lists every member with its intent.
    if (process.env.BENCH_DIAG === '2') for (const i of members) lines.push(`      ${view.labels[i] ?? '?'}: ${items[i]!.text.slice(0, 90).replace(/\s+/g, ' ')}`);
  });
  const frequency = new Map<string, number[]>();
  view.labels.forEach((l, i) => {
    if (l !== null) frequency.set(l, [...(frequency.get(l) ?? []), i]);
  });
  lines.push(`--- ${view.name}: where the ${top} most frequent intents went (topic rank among measured topics: count; '-' = unclustered)`);
  for (const [label, at] of [...frequency.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
    const where = new Map<string, number>();
    for (const i of at) {
      const key = topicOf[i]! < 0 ? '-' : `#${rankOf.get(topicOf[i]!) ?? '?'}`;
      where.set(key, (where.get(key) ?? 0) + 1);
    }
    const lost = at.filter((i) => topicOf[i]! < 0).map((i) => `"${items[i]!.text.slice(0, 50)}"(${items[i]!.lang})`).slice(0, 3);
    lines.push(`${label} (${at.length}): ${[...where.entries()].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k}:${c}`).join(' ')}${lost.length ? `  unclustered e.g. ${lost.join(' ')}` : ''}`);
  }
  const misdetected = view.labels.flatMap((l, i) => (l !== null && items[i]!.lang !== view.name.slice(-2) ? [`"${items[i]!.text.slice(0, 60)}"(${items[i]!.lang})`] : []));
  if (misdetected.length) lines.push(`misdetected language: ${misdetected.join(' ')}`);
  return lines.join('\n');
}

const HEADER = ['data set', 'method', 'items', 'topics', 'clustered', 'NMI', 'ARI', 'top-intent recall', 'time s'];

function tableRows(rows: Row[]): string[][] {
  return rows.map((r) => [
    r.set, r.method, String(r.items), String(r.topics), `${(r.clustered * 100).toFixed(0)}%`,
    r.nmi.toFixed(3), r.ari.toFixed(3), r.recall ?? '-', r.seconds.toFixed(2),
  ]);
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const datasetsDir = argv[0] ?? resolve(root, '../shared/datasets');
  const samplesDir = argv[1] ?? resolve(root, '../shared/samples');
  const { corpora, skipped } = await loadCorpora(datasetsDir, samplesDir);
  const rows = corpora.flatMap((corpus) => measure(corpus));
  printTable('Clustering quality, number of topics not given (baseline: k given)', HEADER, tableRows(rows));
  for (const corpus of corpora) {
    if (corpus.note) console.log(`note: ${corpus.name}: ${corpus.note}`);
    console.log(`note: ${corpus.name}: topics ranked by ${corpus.ranking} for top-intent recall (15 most frequent intents, 20 best topics)`);
  }
  for (const s of skipped) console.log(`skipped: ${s}`);
  console.log('Unclustered questions count as one "other" topic in NMI/ARI; "topics" = found topics holding measured items.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
