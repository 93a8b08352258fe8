/**
 * Speed of `faqtory cluster` against scikit-learn, both timed as whole processes from the same
 * question file to stored topics. The file has one question per line (`lang<TAB>text<TAB>reply`),
 * generated from the sample shop's intents with typos and greetings, and for most questions the
 * shop's reply: one of the replies the sample logs gave to that intent (as imported), a generic one ("please
 * call us"), or none. faqtory's store is filled from the file beforehand (not timed: that is the
 * import, benchmarked apart); then the real `faqtory cluster` command runs in its own process.
 * scikit-learn (TfidfVectorizer + MiniBatchKMeans, given the true number of intents) reads the
 * file and writes its labels. Both run under the same timer, which also reads their peak memory,
 * and both are scored against the generating intents (NMI), so speed is not bought with quality.
 * At 100k, 1,000 more questions are then placed by `faqtory cluster --incremental`.
 *
 *   node dist/scripts/bench-speed.js [--sizes 10000,100000,1000000] [--intents FILE] [--samples DIR]
 * BENCH_SIZES=10000,100000 sets the sizes too (for `npm run bench`, which passes no arguments).
 * BENCH_KEEP=1 keeps each size's question file and store (to profile `faqtory cluster` on them).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable } from './table.js';
import { nmi } from './metrics.js';
import { readSampleRows, sampleKey, withImportedSamples } from './shop-samples.js';
import { listQuestions } from '../src/store/questions.js';
import { openDatabase, type Db } from '../src/store/database.js';
import type { Lang } from '../src/model.js';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const INCREMENTAL_BASE = 100_000;
const INCREMENTAL_NEW = 1_000;
const PYTHON = '/usr/bin/python3';
/** Shares of questions answered with their intent's reply, with a generic reply, or not at all. */
const ANSWERED_SHARE = 0.55;
const GENERIC_SHARE = 0.1;

interface Intent {
  id?: string;
  lang: Lang;
  weight: number;
  paraphrases: string[];
}

interface RunResult {
  seconds: number;
  /** User + system CPU seconds: on a shared machine the wall clock also counts others' work. */
  cpuSeconds: number;
  peakRssMb: number;
  groups: number;
  /** Against the generating intents; unclustered questions count as one "other" group. */
  nmi: number;
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

/** Non-answers a busy shop gives to any question: they must not glue topics together. */
const GENERIC_REPLIES: Record<Lang, string[]> = {
  pl: ['Proszę o kontakt telefoniczny pod numerem [phone], konsultant wszystko wyjaśni.', 'Prosimy o wiadomość na [email], odpowiemy najszybciej, jak to możliwe.'],
  cs: ['Prosím, zavolejte nám na [phone], vše vysvětlíme.', 'Napište nám prosím na [email], ozveme se co nejdříve.'],
  en: ['Please call us on [phone], we will explain everything.'],
  other: ['Please call us on [phone].'],
};

/** The replies the sample logs gave to each intent, as the real import stored them. */
async function repliesByIntent(samplesDir: string): Promise<Map<string, string[]>> {
  const byIntent = new Map<string, string[]>();
  if (!existsSync(join(samplesDir, 'labels.csv'))) return byIntent;
  const intentOf = new Map(readSampleRows(samplesDir, 'labels.csv').map((row) => [sampleKey(samplesDir, row.file, row.ref), row.intent ?? '']));
  const questions = await withImportedSamples(samplesDir, (db) => listQuestions(db));
  for (const question of questions) {
    const intent = intentOf.get(sampleKey(samplesDir, question.file, question.ref));
    if (!question.reply || !intent || intent === 'noise') continue;
    byIntent.set(intent, [...(byIntent.get(intent) ?? []), question.reply]);
  }
  return byIntent;
}

/**
 * Writes `count` questions as `lang<TAB>text<TAB>reply` lines and, beside them in
 * `<path>.labels`, the index of the intent each line was made from.
 */
async function writeQuestions(path: string, intents: Intent[], replies: Map<string, string[]>, count: number, seed: number): Promise<void> {
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
    const own = replies.get(intent.id ?? '') ?? [];
    const draw = next();
    const reply = draw < ANSWERED_SHARE && own.length > 0
      ? own[Math.floor(next() * own.length)]!
      : draw < ANSWERED_SHARE + GENERIC_SHARE ? pickOne(GENERIC_REPLIES[intent.lang], next) : '';
    chunk += `${intent.lang}\t${oneLine(noisy(paraphrase, intent.lang, next))}\t${oneLine(reply)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
  writeFileSync(`${path}.labels`, `${labels.join('\n')}\n`);
}

const pickOne = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)]!;
const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

function readLabels(path: string): string[] {
  return readFileSync(`${path}.labels`, 'utf8').split('\n').filter((line) => line.length > 0);
}

/**
 * Fills a store with the file's questions the way an import leaves them: one source, one
 * conversation per question, and the shop's reply as the message that answered it. Question ids
 * follow the lines, starting after those already stored. Returns how many replies were stored.
 */
function storeQuestions(db: Db, file: string): number {
  const stamp = new Date().toISOString();
  const source = Number(
    db.prepare("INSERT INTO sources (path, sha256, format, channel, bytes, imported_at) VALUES (?, ?, 'text', 'chat', 0, ?)")
      .run(file, `${file}#${Date.now()}`, stamp).lastInsertRowid,
  );
  const conversation = db.prepare("INSERT INTO conversations (channel, native_id, source_id) VALUES ('chat', ?, ?)");
  const message = db.prepare("INSERT INTO messages (key, conversation_id, source_id, ref, role) VALUES (?, ?, ?, ?, 'customer')");
  const shopReply = db.prepare(
    "INSERT INTO messages (key, conversation_id, source_id, ref, role, reply_text) VALUES (?, ?, ?, ?, 'shop', ?)",
  );
  const question = db.prepare(
    `INSERT INTO questions (message_id, conversation_id, source_id, file, ref, channel, text, lang, reply_message_id)
     VALUES (?, ?, ?, ?, ?, 'chat', ?, ?, ?)`,
  );
  let replies = 0;
  db.transaction(() => {
    readFileSync(file, 'utf8').split('\n').forEach((line, at) => {
      if (!line) return;
      const [lang, text, reply] = line.split('\t');
      const ref = `${source}:${at + 1}`;
      const conversationId = conversation.run(ref, source).lastInsertRowid;
      const messageId = message.run(ref, conversationId, source, ref).lastInsertRowid;
      const replyId = reply ? shopReply.run(`${ref}:reply`, conversationId, source, `${ref}:reply`, reply).lastInsertRowid : null;
      if (reply) replies++;
      question.run(messageId, conversationId, source, file, ref, text, lang, replyId);
    });
  })();
  return replies;
}

/** Topic (or "other") of each stored question, in id order. */
function storedTopics(db: Db): { found: string[]; groups: number } {
  const rows = db.prepare<[], { topic: number | null }>('SELECT topic_id AS topic FROM questions ORDER BY id').all();
  return { found: rows.map((row) => (row.topic === null ? 'other' : String(row.topic))), groups: new Set(rows.map((row) => row.topic).filter((t) => t !== null)).size };
}

/** Runs a command under one timer for both contenders: wall and CPU seconds, peak RSS of the process. */
const TIMER_SCRIPT = `
import json, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "seconds": seconds, "cpuSeconds": usage.ru_utime + usage.ru_stime, "peakRssMb": usage.ru_maxrss / 1024}))
`;

const SKLEARN_SCRIPT = `
import sys
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import TfidfVectorizer
path, k, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, encoding='utf-8') as f:
    texts = [line.rstrip('\\n').split('\\t')[1] for line in f if line.strip()]
vectors = TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(texts)
found = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096).fit(vectors).labels_
with open(out, 'w') as f:
    f.write('\\n'.join(str(label) for label in found))
`;

function sklearnAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
}

function timed(timer: string, command: string, args: string[]): Omit<RunResult, 'groups' | 'nmi'> | null {
  const child = spawnSync(PYTHON, [timer, command, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = child.stdout?.trim().split('\n').at(-1);
  const result = line ? (JSON.parse(line) as { code: number; seconds: number; cpuSeconds: number; peakRssMb: number }) : null;
  if (child.status !== 0 || !result || result.code !== 0) {
    process.stderr.write(`${command} ${args.join(' ')} failed (exit ${result?.code ?? child.status ?? child.signal}).\n`);
    return null;
  }
  return result;
}

function parseArgs(argv: string[]): { sizes: number[]; intents: string; samples: string } {
  const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const sizeList = valueOf('--sizes') ?? process.env.BENCH_SIZES;
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const samples = valueOf('--samples') ?? resolve(root, '../shared/samples');
  return {
    sizes: sizeList !== undefined ? sizeList.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) : DEFAULT_SIZES,
    intents: valueOf('--intents') ?? join(samples, 'intents.json'),
    samples,
  };
}

const seconds = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(2));

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const args = parseArgs(argv);
  const intents = loadIntents(args.intents);
  const replies = await repliesByIntent(args.samples);
  const source = intents === BUILT_IN_INTENTS ? 'built-in generator' : args.intents;
  const withSklearn = sklearnAvailable();
  if (!existsSync(PYTHON)) {
    console.log(`\nClustering speed: ${PYTHON} not found (it times both contenders), skipped.`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-bench-'));
  const timer = join(dir, 'timer.py');
  const sklearn = join(dir, 'sklearn_bench.py');
  writeFileSync(timer, TIMER_SCRIPT);
  writeFileSync(sklearn, SKLEARN_SCRIPT);
  const cli = resolve(dirname(fileURLToPath(import.meta.url)), '../src/cli/main.js');
  process.stderr.write(`Questions from ${source} (${intents.length} intents, replies of ${replies.size} from the sample logs); scikit-learn: ${withSklearn ? 'yes' : 'not installed'}\n`);

  const rows: string[][] = [];
  const notes: string[] = [];
  try {
    for (const size of args.sizes) {
      const file = join(dir, `questions-${size}.tsv`);
      const store = join(dir, `store-${size}.sqlite`);
      await writeQuestions(file, intents, replies, size, size);
      const truth = readLabels(file);
      const db = openDatabase(store);
      const stored = storeQuestions(db, file);
      db.close();
      process.stderr.write(`clustering ${size} questions (${stored} replies stored)...\n`);
      const run = timed(timer, process.execPath, ['--max-old-space-size=16384', cli, '--db', store, 'cluster']);
      let ours: RunResult | null = null;
      if (run) {
        const check = openDatabase(store);
        const { found, groups } = storedTopics(check);
        check.close();
        ours = { ...run, groups, nmi: nmi(truth, found) };
      }
      let theirs: RunResult | null = null;
      if (withSklearn) {
        const labelsOut = join(dir, `sklearn-${size}.labels`);
        const result = timed(timer, PYTHON, [sklearn, file, String(intents.length), labelsOut]);
        if (result) theirs = { ...result, groups: intents.length, nmi: nmi(truth, readFileSync(labelsOut, 'utf8').split('\n')) };
      }
      if (size === INCREMENTAL_BASE && ours) {
        const fresh = join(dir, 'new-questions.tsv');
        await writeQuestions(fresh, intents, replies, INCREMENTAL_NEW, 7);
        const more = openDatabase(store);
        storeQuestions(more, fresh);
        more.close();
        const incremental = timed(timer, process.execPath, [cli, '--db', store, 'cluster', '--incremental']);
        if (incremental) notes.push(`${INCREMENTAL_NEW.toLocaleString('en')} new questions placed by \`faqtory cluster --incremental\` into the topics of ${size.toLocaleString('en')}: ${incremental.seconds.toFixed(2)} s, ${incremental.cpuSeconds.toFixed(2)} s CPU (whole process)`);
      }
      if (process.env.BENCH_KEEP) process.stderr.write(`kept ${file} and ${store}\n`);
      else {
        rmSync(file, { force: true });
        rmSync(store, { force: true });
      }
      const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b ? (a / b).toFixed(2) : '-');
      rows.push([
        size.toLocaleString('en'),
        seconds(ours?.seconds),
        seconds(ours?.cpuSeconds),
        ours ? ours.peakRssMb.toFixed(0) : '-',
        String(ours?.groups ?? '-'),
        ours ? ours.nmi.toFixed(3) : '-',
        seconds(theirs?.seconds),
        seconds(theirs?.cpuSeconds),
        theirs ? theirs.peakRssMb.toFixed(0) : '-',
        theirs ? theirs.nmi.toFixed(3) : '-',
        ratio(ours?.seconds, theirs?.seconds),
        ratio(ours?.cpuSeconds, theirs?.cpuSeconds),
        ratio(ours?.peakRssMb, theirs?.peakRssMb),
      ]);
    }
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }

  printTable(
    'Clustering speed: whole processes from the question file to stored topics (faqtory is not given the number of topics)',
    ['questions', 'faqtory s', 'cpu s', 'RSS MB', 'topics', 'NMI', 'sklearn s', 'cpu s', 'RSS MB', 'NMI', 'time ratio', 'cpu ratio', 'memory ratio'],
    rows,
  );
  for (const note of notes) console.log(note);
  if (withSklearn) console.log(`sklearn = TfidfVectorizer + MiniBatchKMeans with k = ${intents.length} (the number of intents, given to it), writing its labels`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
