/**
 * Speed benchmark of clustering: synthetic question sets of growing size, clustered by faqtory
 * and, when scikit-learn is installed, by TfidfVectorizer + MiniBatchKMeans on the same input.
 * Every run happens in its own child process so that its peak memory is measured alone.
 *
 * Both are scored against the intent each question was generated from (NMI), so that speed is
 * not bought with quality.
 *
 *   node dist/scripts/bench-speed.js [--sizes 10000,100000,1000000] [--intents FILE]
 * BENCH_SIZES=10000,100000 sets the sizes too (for `npm run bench`, which passes no arguments).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable } from './table.js';
import { nmi } from './metrics.js';
import { assignToCentroids, centroidsOf, clusterQuestions, type ClusterItem } from '../src/cluster/index.js';
import type { Lang } from '../src/model.js';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const DEFAULT_INTENTS = '/work/shared/samples/intents.json';
const INCREMENTAL_BASE = 100_000;
const INCREMENTAL_NEW = 1_000;
const PYTHON = '/usr/bin/python3';

interface Intent {
  lang: Lang;
  weight: number;
  paraphrases: string[];
}

interface RunResult {
  seconds: number;
  peakRssMb: number;
  groups: number;
  /** Against the generating intents; unclustered questions count as one "other" group. */
  nmi: number;
  incrementalSeconds?: number;
}

/** Enough intents to exercise the pipeline when the shared sample file is not there. */
const BUILT_IN_INTENTS: Intent[] = [
  { lang: 'pl', weight: 5, paraphrases: ['Jak zwrócić towar?', 'Chcę oddać słuchawki w ciągu 14 dni', 'Ile mam czasu na zwrot?'] },
  { lang: 'pl', weight: 4, paraphrases: ['Kiedy dotrze moja paczka?', 'Ile trwa dostawa kurierem?', 'Paczka jeszcze nie przyszła'] },
  { lang: 'pl', weight: 3, paraphrases: ['Jak złożyć reklamację?', 'Laptop się zepsuł, gdzie wysłać na gwarancję?'] },
  { lang: 'pl', weight: 2, paraphrases: ['Czy mogę zapłacić przy odbiorze?', 'Płatność blikiem nie działa'] },
  { lang: 'cs', weight: 3, paraphrases: ['Kdy mi přijde balík?', 'Kolik stojí doprava na Slovensko?'] },
  { lang: 'cs', weight: 2, paraphrases: ['Jak můžu vrátit zboží?', 'Chci vrátit zboží do 14 dnů'] },
  { lang: 'en', weight: 1, paraphrases: ['How do I return an item?', 'When will my parcel arrive?'] },
];

const FILLERS: Record<Lang, { before: string[]; after: string[] }> = {
  pl: { before: ['Dzień dobry,', 'Witam,', 'mam pytanie', 'Hej,'], after: ['pozdrawiam', 'dziękuję', 'z góry dzięki', 'proszę o szybką odpowiedź'] },
  cs: { before: ['Dobrý den,', 'Ahoj,', 'mám dotaz'], after: ['děkuji', 's pozdravem', 'díky za odpověď'] },
  en: { before: ['Hello,', 'Hi,', 'quick question'], after: ['thanks', 'regards', 'thank you in advance'] },
  other: { before: ['Hello,'], after: ['thanks'] },
};

/** Small deterministic generator, so every run benchmarks the same questions. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withTypo(text: string, next: () => number): string {
  if (text.length < 4) return text;
  const at = 1 + Math.floor(next() * (text.length - 2));
  const kind = next();
  if (kind < 0.33) return text.slice(0, at) + text.slice(at + 1);
  if (kind < 0.66) return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  return text.slice(0, at) + text[at] + text.slice(at);
}

/** A customer's version of a paraphrase: typos, lost diacritics, greetings and thanks around it. */
function noisy(text: string, lang: Lang, next: () => number): string {
  let result = text;
  if (next() < 0.3) result = result.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
  if (next() < 0.4) result = withTypo(result, next);
  if (next() < 0.2) result = withTypo(result, next);
  if (next() < 0.3) result = result.toLowerCase();
  const filler = FILLERS[lang];
  if (next() < 0.35) result = `${filler.before[Math.floor(next() * filler.before.length)]} ${result}`;
  if (next() < 0.35) result = `${result} ${filler.after[Math.floor(next() * filler.after.length)]}`;
  return result;
}

function loadIntents(path: string): Intent[] {
  if (!existsSync(path)) return BUILT_IN_INTENTS;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { intents: Intent[] };
  return parsed.intents.filter((intent) => intent.paraphrases.length > 0);
}

/**
 * Writes `count` questions as `lang<TAB>text` lines (the format both benchmarked programs read)
 * and, beside them in `<path>.labels`, the index of the intent each line was made from.
 */
async function writeQuestions(path: string, intents: Intent[], count: number, seed: number): Promise<void> {
  const next = random(seed);
  const totalWeight = intents.reduce((sum, intent) => sum + intent.weight, 0);
  const out = createWriteStream(path);
  const labels: number[] = [];
  let chunk = '';
  for (let i = 0; i < count; i++) {
    let pick = next() * totalWeight;
    let intentIndex = 0;
    for (let k = 0; k < intents.length; k++) {
      pick -= intents[k]!.weight;
      if (pick <= 0) {
        intentIndex = k;
        break;
      }
    }
    const intent = intents[intentIndex]!;
    labels.push(intentIndex);
    const paraphrase = intent.paraphrases[Math.floor(next() * intent.paraphrases.length)]!;
    chunk += `${intent.lang}\t${noisy(paraphrase, intent.lang, next).replace(/[\t\n]/g, ' ')}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
  writeFileSync(`${path}.labels`, `${labels.join('\n')}\n`);
}

function readLabels(path: string): string[] {
  return readFileSync(`${path}.labels`, 'utf8').split('\n').filter((line) => line.length > 0);
}

function readItems(path: string, firstId = 1): ClusterItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const tab = line.indexOf('\t');
      return { id: firstId + index, lang: line.slice(0, tab) as Lang, text: line.slice(tab + 1) };
    });
}

/** Child process: clusters one file (and optionally times incremental assignment) and prints JSON. */
function runFaqtoryChild(file: string, newFile: string | undefined): void {
  const items = readItems(file);
  const started = performance.now();
  const clustering = clusterQuestions(items);
  const seconds = (performance.now() - started) / 1000;
  const found = new Array<string>(items.length).fill('other');
  clustering.groups.forEach((group, g) => group.members.forEach((id) => (found[id - 1] = String(g))));
  const result: RunResult = { seconds, peakRssMb: 0, groups: clustering.groups.length, nmi: nmi(readLabels(file), found) };
  if (newFile) {
    const byId = new Map(items.map((item) => [item.id, item]));
    const centroids = centroidsOf(
      clustering.groups.map((group, index) => ({ topicId: index + 1, items: group.members.map((id) => byId.get(id)!) })),
    );
    const fresh = readItems(newFile, items.length + 1);
    const assignStarted = performance.now();
    assignToCentroids(fresh, centroids);
    result.incrementalSeconds = (performance.now() - assignStarted) / 1000;
  }
  // maxRSS is in kilobytes.
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const SKLEARN_SCRIPT = `
import resource, sys, time
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import normalized_mutual_info_score
path, k = sys.argv[1], int(sys.argv[2])
with open(path, encoding='utf-8') as f:
    texts = [line.rstrip('\\n').split('\\t', 1)[1] for line in f if line.strip()]
with open(path + '.labels') as f:
    truth = [line.strip() for line in f if line.strip()]
started = time.perf_counter()
vectors = TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(texts)
found = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096).fit(vectors).labels_
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print('{"seconds": %f, "peakRssMb": %f, "groups": %d, "nmi": %f}' % (seconds, rss, k, normalized_mutual_info_score(truth, found)))
`;

function sklearnAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
}

function runChild(command: string, args: string[]): RunResult | null {
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = child.stdout?.trim().split('\n').at(-1);
  if (child.status !== 0 || !line) {
    process.stderr.write(`${command} ${args.join(' ')} failed (exit ${child.status ?? child.signal}).\n`);
    return null;
  }
  return JSON.parse(line) as RunResult;
}

function parseArgs(argv: string[]): { sizes: number[]; intents: string; child?: string[] } {
  const childAt = argv.indexOf('--child');
  const sizesAt = argv.indexOf('--sizes');
  const intentsAt = argv.indexOf('--intents');
  const sizeList = sizesAt >= 0 ? argv[sizesAt + 1] : process.env.BENCH_SIZES;
  const sizes = sizeList !== undefined ? sizeList.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) : DEFAULT_SIZES;
  return {
    sizes,
    intents: intentsAt >= 0 ? argv[intentsAt + 1]! : DEFAULT_INTENTS,
    ...(childAt >= 0 ? { child: argv.slice(childAt + 1) } : {}),
  };
}

const seconds = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(2));

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const args = parseArgs(argv);
  if (args.child) return runFaqtoryChild(args.child[0]!, args.child[1]);

  const intents = loadIntents(args.intents);
  const source = intents === BUILT_IN_INTENTS ? 'built-in generator' : args.intents;
  const withSklearn = sklearnAvailable();
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-bench-'));
  const script = join(dir, 'sklearn_bench.py');
  writeFileSync(script, SKLEARN_SCRIPT);
  const self = fileURLToPath(import.meta.url);
  process.stderr.write(`Questions from ${source} (${intents.length} intents); scikit-learn: ${withSklearn ? 'yes' : 'not installed'}\n`);

  const rows: string[][] = [];
  let previous: RunResult | null = null;
  let incremental: number | undefined;
  try {
    for (const size of args.sizes) {
      const file = join(dir, `questions-${size}.tsv`);
      await writeQuestions(file, intents, size, size);
      let newFile: string | undefined;
      if (size === INCREMENTAL_BASE) {
        newFile = join(dir, 'new-questions.tsv');
        await writeQuestions(newFile, intents, INCREMENTAL_NEW, 7);
      }
      process.stderr.write(`clustering ${size} questions...\n`);
      const ours = runChild(process.execPath, ['--max-old-space-size=16384', self, '--child', file, ...(newFile ? [newFile] : [])]);
      const theirs = withSklearn ? runChild(PYTHON, [script, file, String(intents.length)]) : null;
      rmSync(file, { force: true });
      rmSync(`${file}.labels`, { force: true });
      if (ours?.incrementalSeconds !== undefined) incremental = ours.incrementalSeconds;
      const growth = ours && previous ? `${(ours.seconds / previous.seconds).toFixed(1)}x` : '-';
      rows.push([
        size.toLocaleString('en'),
        seconds(ours?.seconds),
        ours ? ours.peakRssMb.toFixed(0) : '-',
        growth,
        String(ours?.groups ?? '-'),
        ours ? ours.nmi.toFixed(3) : '-',
        seconds(theirs?.seconds),
        theirs ? theirs.peakRssMb.toFixed(0) : '-',
        theirs ? theirs.nmi.toFixed(3) : '-',
        ours && theirs ? `${(ours.seconds / theirs.seconds).toFixed(2)}` : '-',
      ]);
      previous = ours;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  printTable(
    'Clustering speed (number of topics not given to faqtory)',
    ['questions', 'faqtory s', 'RSS MB', 'vs prev', 'topics', 'NMI', 'sklearn s', 'RSS MB', 'NMI', 'ours/skl'],
    rows,
  );
  if (incremental !== undefined) {
    console.log(`${INCREMENTAL_NEW.toLocaleString('en')} new questions assigned incrementally to ${INCREMENTAL_BASE.toLocaleString('en')} existing: ${incremental.toFixed(3)} s`);
  }
  if (withSklearn) console.log(`sklearn = TfidfVectorizer + MiniBatchKMeans with k = ${intents.length} (the number of intents, given to it)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
