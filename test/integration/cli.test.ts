import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATOR, saveAnswer, type FileResult } from '../../src/app/index.js';
import { openDatabase } from '../../src/store/database.js';
import type { QuestionRow } from '../../src/store/questions.js';
import type { TopicSummary } from '../../src/store/topic-list.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/cli/', import.meta.url));

describe('faqtory CLI end to end', function () {
  this.timeout(60_000);
  let dir: string;
  let db: string;
  const phone = join(FIXTURES, 'phone-notes.csv');
  const text = join(FIXTURES, 'dotazy.txt');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-cli-'));
    db = join(dir, 'store.sqlite');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a phone-notes CSV and a text file, detecting both formats', async () => {
    const results = await runCliJson<FileResult[]>(['--db', db, 'import', phone, text]);
    expect(results.map((r) => [r.format, r.outcome])).to.deep.equal([
      ['phone-csv', 'imported'],
      ['text', 'imported'],
    ]);
    // 11 inbound calls (the outbound one is not a question) and 7 non-empty lines.
    expect(results[0]!.questions).to.equal(11);
    expect(results[1]!.questions).to.equal(7);
  });

  it('adds nothing when the same files are imported again', async () => {
    const results = await runCliJson<FileResult[]>(['--db', db, 'import', phone, text]);
    expect(results.map((r) => r.outcome)).to.deep.equal(['unchanged', 'unchanged']);
    const questions = await runCliJson<QuestionRow[]>(['--db', db, 'questions']);
    expect(questions).to.have.length(18);
  });

  it('rejects a broken file whole with file:line and exit code 1, importing the rest', async () => {
    const other = join(dir, 'more.txt');
    writeFileSync(other, 'Czy wysyłacie za granicę?\n');
    const run = await runCli(['--db', db, '--json', 'import', join(FIXTURES, 'broken-calls.csv'), other]);
    expect(run.code).to.equal(1);
    const results = JSON.parse(run.stdout) as FileResult[];
    expect(results[0]!.outcome).to.equal('rejected');
    expect(results[0]!.reason).to.match(/broken-calls\.csv:\d+: /);
    expect(results[1]!.outcome).to.equal('imported');
    expect(run.stderr).to.not.match(/\n\s+at /, 'no stack trace for bad input');
    const questions = await runCliJson<QuestionRow[]>(['--db', db, 'questions']);
    expect(questions.filter((q) => q.file.endsWith('broken-calls.csv'))).to.deep.equal([]);
  });

  it('names the formats it reads when a file is in none of them', async () => {
    const json = join(dir, 'export.json');
    writeFileSync(json, JSON.stringify({ orders: [{ id: 1, total: 99 }] }));
    const run = await runCli(['--db', db, 'import', json]);
    expect(run.code).to.equal(1);
    const line = run.stderr.split('\n').find((l) => l.includes('export.json'));
    expect(line).to.contain('not a log format faqtory recognises').and.contain('mbox').and.contain('--format');
    // One short line per file: a folder may hold hundreds of foreign files.
    expect(line!.length).to.be.below(300);
  });

  it('lists questions in the documented JSON shape, native refs, and personal data redacted', async () => {
    const questions = await runCliJson<QuestionRow[]>(['--db', db, 'questions']);
    const call = questions.find((q) => q.ref === 'T-109');
    expect(call).to.include({ channel: 'phone', lang: 'pl', file: phone, conversation: call!.conversation });
    expect(call!.text).to.contain('[email]').and.not.contain('jan.kowalski');
    expect(call!.askedAt).to.equal('2026-10-06T14:10:00.000Z', 'local Warsaw time stored as UTC');
    expect(questions.some((q) => q.ref === 'T-103')).to.equal(false, 'an outbound call is not a question');
    const line = questions.find((q) => q.file === text && q.ref === '4');
    expect(line).to.include({ lang: 'cs', channel: 'text' });
  });

  it('clusters into ranked topics that keep paraphrases together', async () => {
    const run = await runCli(['--db', db, 'cluster']);
    expect(run.code, run.stderr).to.equal(0);
    const topics = await runCliJson<TopicSummary[]>(['--db', db, 'topics']);
    expect(topics.length).to.be.greaterThan(1);
    for (const topic of topics) {
      expect(topic).to.include.all.keys('id', 'label', 'keywords', 'size', 'score', 'status', 'lang');
    }
    const totals = topics.map((t) => t.score.total);
    expect(totals).to.deep.equal([...totals].sort((a, b) => b - a), 'rank order');
    const questions = await runCliJson<QuestionRow[]>(['--db', db, 'questions']);
    const topicOf = (ref: string, file = phone) => questions.find((q) => q.ref === ref && q.file === file)!.topicId;
    expect(topicOf('T-101')).to.be.a('number');
    expect(topicOf('T-102')).to.equal(topicOf('T-101'));
    expect(topicOf('T-105')).to.equal(topicOf('T-106'));
    expect(topicOf('T-105')).to.not.equal(topicOf('T-101'));
    expect(topicOf('1', text)).to.equal(topicOf('4', text));
    const limited = await runCliJson<TopicSummary[]>(['--db', db, 'topics', '--limit', '1', '--lang', 'cs']);
    expect(limited).to.have.length(1);
    expect(limited[0]!.lang).to.equal('cs');
  });

  it('builds a FAQ page with the published answer only', async () => {
    const topics = await runCliJson<TopicSummary[]>(['--db', db, 'topics']);
    const store = openDatabase(db);
    saveAnswer(store, { topicId: topics[0]!.id, question: 'Ile trwa dostawa?', bodyMd: 'Zwykle **1–2 dni** robocze.', publish: true, actor: OPERATOR });
    store.close();
    const out = join(dir, 'site');
    const run = await runCli(['--db', db, 'build', '--out', out]);
    expect(run.code, run.stderr).to.equal(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).to.match(/^<!doctype html>/i);
    expect(html).to.contain('Ile trwa dostawa?').and.contain('<strong>1–2 dni</strong>');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(JSON.parse(jsonLd![1]!)).to.include({ '@type': 'FAQPage' });
    expect(html).to.not.contain('Krakowa', 'customer questions are never published');
  });

  it('answers a usage error with exit code 2 and keeps stdout clean for --json', async () => {
    const bad = await runCli(['--db', db, 'topics', '--status', 'bogus']);
    expect(bad.code).to.equal(2);
    const unknown = await runCli(['--db', db, 'frobnicate']);
    expect(unknown.code).to.equal(2);
    const json = await runCli(['--db', db, '--json', 'topics']);
    expect(() => JSON.parse(json.stdout)).to.not.throw();
  });
});
