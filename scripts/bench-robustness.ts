import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import tar from 'tar-stream';
import { importLogs, type FileResult } from '../src/app/index.js';
import { decodeText } from '../src/ingest/encoding/index.js';
import { READ_LIMITS } from '../src/ingest/limits.js';
import { openDatabase } from '../src/store/database.js';
import { listQuestions } from '../src/store/questions.js';
import { printTable } from './table.js';

/**
 * The import robustness table: every format x a broken variant of one of its fixtures, each
 * imported by name into a fresh database. An outcome is "rejected" (with the start of its
 * reason), "imported right" (the same questions as the clean file), "imported, N q differ"
 * (to be judged: a cut over-long message), "skipped", or CRASH (the run itself failed, which
 * must never happen). BENCH_HUGE_MB sets the size of the over-long line (default 12).
 */
const FIXTURES = fileURLToPath(new URL('../../test/fixtures', import.meta.url));
const SHOP = ['obsluga@elektron-sklep.example', 'Sklep Rowerowy', '8:live:sklep', 'sklep.example', '40400404'];

type Variant = 'truncated' | 'random bytes' | 'cp1250' | 'utf-16' | 'empty' | 'huge line' | 'deep nesting';
const VARIANTS: readonly Variant[] = ['truncated', 'random bytes', 'cp1250', 'utf-16', 'empty', 'huge line', 'deep nesting'];

interface Base {
  format: string;
  name: string;
  /** The clean file's bytes; null variants do not apply to the format. */
  bytes: () => Promise<Buffer>;
  /** Text-level variants (charset, huge line, deep nesting) as the file's bytes. */
  variant: (variant: Variant, clean: Buffer) => Promise<Buffer | null>;
}

const hugeBytes = () => Number(process.env.BENCH_HUGE_MB ?? 12) * 1024 * 1024;

/** Deterministic noise: the same table on every run. */
function randomBytes(count: number, seed = 12345): Buffer {
  const out = Buffer.alloc(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function insertAt(bytes: Buffer, at: number, inserted: Buffer | string): Buffer {
  return Buffer.concat([bytes.subarray(0, at), Buffer.isBuffer(inserted) ? inserted : Buffer.from(inserted), bytes.subarray(at)]);
}

/** A run of questions with no line break, inserted where the first question mark stands (inside a message). */
function withHugeLine(clean: Buffer): Buffer {
  const unit = 'Czy to dziala? ';
  const at = clean.indexOf('?');
  return insertAt(clean, at === -1 ? clean.length >> 1 : at, unit.repeat(Math.ceil(hugeBytes() / unit.length)));
}

function textVariant(variant: Variant, clean: Buffer, nest?: (clean: Buffer) => Buffer): Buffer | null {
  const text = decodeText(clean);
  if (variant === 'cp1250') return iconv.encode(text, 'windows-1250');
  if (variant === 'utf-16') return iconv.encode(text, 'utf-16le', { addBOM: true });
  if (variant === 'huge line') return withHugeLine(clean);
  return variant === 'deep nesting' && nest ? nest(clean) : null;
}

const DEPTH = 100_000;
const nestJson = (clean: Buffer) => {
  const at = clean.indexOf('[') + 1;
  return insertAt(clean, at, `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)},`);
};
const nestHtml = (clean: Buffer) => {
  const at = clean.indexOf('?');
  return insertAt(clean, at, `${'<b>'.repeat(DEPTH)}${'</b>'.repeat(DEPTH)}`);
};
const NESTED_QUESTION = 'Czy macie to w magazynie?';

/** A mail whose multipart body nests inside itself thousands of times. */
function nestedMime(envelope: string): string {
  const depth = 20_000;
  let body = `Content-Type: text/plain; charset=UTF-8\n\n${NESTED_QUESTION}\n`;
  for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}--b${i}--\n`;
  return `${envelope}From: Jan <jan@example.pl>\nTo: obsluga@elektron-sklep.example\nSubject: Pytanie\nMessage-ID: <deep@example.pl>\nMIME-Version: 1.0\n${body}`;
}

const file = (format: string, path: string, nest?: (clean: Buffer) => Buffer): Base => ({
  format,
  name: path.split('/').at(-1)!,
  bytes: async () => readFileSync(join(FIXTURES, path)),
  variant: async (variant, clean) => textVariant(variant, clean, nest),
});

async function packTar(messagesJson: Buffer): Promise<Buffer> {
  const pack = tar.pack();
  pack.entry({ name: 'messages.json' }, messagesJson);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function kaduDatabase(dir: string, message: string): Buffer {
  const path = join(dir, `kadu-${Date.now()}-${Math.random()}.db`);
  const db = new Database(path);
  db.exec(`
    CREATE TABLE schema_version(version id INTEGER); INSERT INTO schema_version VALUES (4);
    CREATE TABLE kadu_accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, protocol VARCHAR(128), account VARCHAR(1024));
    CREATE TABLE kadu_contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER, contact VARCHAR(1024));
    CREATE TABLE kadu_chats (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER, chat TEXT);
    CREATE TABLE kadu_dates (id INTEGER PRIMARY KEY AUTOINCREMENT, date VARCHAR(8));
    CREATE TABLE kadu_message_contents (id INTEGER PRIMARY KEY AUTOINCREMENT, content TEXT);
    CREATE TABLE kadu_messages (chat_id INTEGER, contact_id INTEGER, date_id INTEGER, send_time TIMESTAMP, receive_time TIMESTAMP, content_id INTEGER, is_outgoing BOOL);
    INSERT INTO kadu_accounts (protocol, account) VALUES ('gadu', '40400404');
    INSERT INTO kadu_contacts (account_id, contact) VALUES (1, '40400404'), (1, '48123456');
    INSERT INTO kadu_chats (account_id, chat) VALUES (1, 'Contact;2');
    INSERT INTO kadu_dates (date) VALUES ('20231110');
  `);
  const content = db.prepare('INSERT INTO kadu_message_contents (content) VALUES (?)');
  const add = db.prepare('INSERT INTO kadu_messages VALUES (1, ?, 1, ?, ?, ?, ?)');
  add.run(2, '2023-11-10T10:05:01.000', '2023-11-10T10:05:05.000', content.run(message).lastInsertRowid, 0);
  add.run(1, '2023-11-10T10:07:10.000', '2023-11-10T10:07:10.000', content.run('Tak, ma Pani 14 dni na zwrot.').lastInsertRowid, 1);
  db.close();
  return readFileSync(path);
}

const QUESTION = 'Dzień dobry, czy mogę zwrócić żelazko kupione w zeszłym tygodniu?';

function bases(dir: string): Base[] {
  return [
    file('mbox', 'email/thunderbird.mbox', () => Buffer.from(`${readFileSync(join(FIXTURES, 'email/thunderbird.mbox'), 'utf8')}\n${nestedMime('From - Sat Sep 09 08:00:00 2023\n')}`)),
    file('eml', 'email/outlook-reply.eml', () => Buffer.from(nestedMime(''))),
    file('skype', 'chat/skype/messages.json', nestJson),
    {
      format: 'skype',
      name: 'export.tar',
      bytes: async () => packTar(readFileSync(join(FIXTURES, 'chat/skype/messages.json'))),
      variant: async (variant) => {
        const inner = textVariant(variant, readFileSync(join(FIXTURES, 'chat/skype/messages.json')), nestJson);
        return inner && packTar(inner);
      },
    },
    file('livechat', 'chat/livechat/archives.json', nestJson),
    file('smartsupp', 'chat/smartsupp/Kq3vT8LmZa.json', nestJson),
    file('messenger', 'chat/messenger/inbox/pavelnovak_5120394871/message_1.json', nestJson),
    file('chat-json', 'chat/chat-json/export.json', nestJson),
    file('gg', 'gg/48123456'),
    {
      format: 'gg-sqlite',
      name: 'history2.db',
      bytes: async () => kaduDatabase(dir, QUESTION),
      variant: async (variant) =>
        variant === 'huge line' ? kaduDatabase(dir, `${QUESTION} ${'Czy to dziala? '.repeat(hugeBytes() / 15)}`) : null,
    },
    file('pidgin', 'gg/pidgin/2023-09-04.235810+0200CEST.txt'),
    file('pidgin', 'gg/pidgin/2023-09-05.100000+0200CEST.html', nestHtml),
    file('phone-csv', 'phone/notatki-rozmow.csv'),
    file('chat-csv', 'chat/chat-csv/rozmowy.csv'),
    file('text', 'cli/dotazy.txt'),
  ];
}

async function variantBytes(base: Base, variant: Variant, clean: Buffer): Promise<Buffer | null> {
  switch (variant) {
    case 'truncated':
      return clean.subarray(0, Math.floor(clean.length * 0.6));
    case 'random bytes':
      return insertAt(clean, clean.length >> 1, randomBytes(64));
    case 'empty':
      return Buffer.alloc(0);
    default:
      return base.variant(variant, clean);
  }
}

async function importOne(dir: string, name: string, bytes: Buffer): Promise<{ result: FileResult; questions: string[] }> {
  const folder = mkdtempSync(join(dir, 'case-'));
  const path = join(folder, name);
  writeFileSync(path, bytes);
  const db = openDatabase(join(folder, 'faqtory.sqlite'));
  try {
    const [result] = await importLogs(db, { paths: [path], shop: SHOP });
    return { result: result!, questions: listQuestions(db).map((q) => q.text).sort() };
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The outcome against what a right reading gives: the clean file's questions, or for a mail
 * whose body nests thousands of parts, the question in its innermost part (an eml variant is
 * that mail alone; the mbox one is appended to the mailbox).
 */
function describe(result: FileResult, questions: readonly string[], expected: readonly string[]): string {
  if (result.outcome === 'rejected') return `rejected: ${shortReason(result.reason ?? '')}`;
  if (result.outcome !== 'imported') return result.outcome;
  if (questions.length === expected.length && questions.every((q, i) => q === expected[i])) return 'imported right';
  const added = questions.filter((q) => !expected.includes(q));
  if (added.some((q) => q.length > 2000)) return `imported, message cut to ${READ_LIMITS.maxMessageChars / 1024}K chars`;
  const lost = expected.filter((q) => !questions.includes(q)).length;
  return `imported, ${lost} q lost, ${added.length} new`;
}

function expectedQuestions(base: Base, variant: Variant, clean: readonly string[]): string[] {
  if (variant !== 'deep nesting' || !(base.format === 'mbox' || base.format === 'eml')) return [...clean];
  return [...(base.format === 'mbox' ? clean : []), NESTED_QUESTION].sort();
}

/** The reason without the file path, cut to a table cell. */
function shortReason(reason: string): string {
  const text = reason.replace(/^\S*?(:\d+)?: /, (_, line: string | undefined) => (line ? `line ${line.slice(1)}: ` : ''));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-bench-robust-'));
  mkdirSync(dir, { recursive: true });
  const crashes: string[] = [];
  const onCrash = (error: unknown) => crashes.push(error instanceof Error ? error.message : String(error));
  process.on('unhandledRejection', onCrash);
  const rows: string[][] = [];
  try {
    for (const base of bases(dir)) {
      const clean = await base.bytes();
      const reference = await importOne(dir, base.name, clean);
      const row = [`${base.format} (${base.name})`, `${reference.result.outcome}, ${reference.questions.length} q`];
      for (const variant of VARIANTS) {
        const bytes = await variantBytes(base, variant, clean);
        if (bytes === null) {
          row.push('n/a');
          continue;
        }
        const before = crashes.length;
        try {
          const { result, questions } = await importOne(dir, base.name, bytes);
          const expected = expectedQuestions(base, variant, reference.questions);
          row.push(describe(result, questions, expected) + (crashes.length > before ? ' + CRASH' : ''));
        } catch (error) {
          row.push(`CRASH: ${error instanceof Error ? error.message.slice(0, 60) : String(error)}`);
        }
      }
      rows.push(row);
    }
  } finally {
    process.off('unhandledRejection', onCrash);
    rmSync(dir, { recursive: true, force: true });
  }
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  printTable(`Import robustness (huge line ${hugeBytes() / 1048576} MB; peak RSS of the whole run ${maxRssMb} MB)`, ['file', 'clean', ...VARIANTS], rows);
  for (const crash of crashes) console.log(`unhandled: ${crash}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
