import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoResult } from '../../src/app/index.js';
import type { QuestionRow } from '../../src/store/questions.js';
import type { TopicSummary } from '../../src/store/topic-list.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

describe('faqtory demo and config', function () {
  this.timeout(60_000);
  let dir: string;
  let db: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-demo-'));
    db = join(dir, 'demo.sqlite');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the bundled samples, answers matching top topics and builds a non-empty FAQ', async () => {
    const out = join(dir, 'site');
    const demo = await runCliJson<DemoResult>(['--db', db, 'demo', '--out', out]);
    // Every format the product reads, bundled: mbox, phone CSV, text, Skype, LiveChat, Smartsupp,
    // Messenger, Gadu-Gadu (Kadu), Pidgin, chat CSV, chat JSON.
    expect(demo.files).to.be.at.least(11);
    expect(demo.questions).to.be.at.least(60);
    expect(demo.login).to.deep.equal({ name: 'demo', password: 'demo-password' });
    expect(demo.published.length).to.be.at.least(4);
    const topicIds = demo.published.map((p) => p.topicId);
    expect(new Set(topicIds).size).to.equal(topicIds.length, 'one answer per topic');
    // Each answer is on the page of its language, and in faq.json.
    const faq = JSON.parse(readFileSync(join(out, 'faq.json'), 'utf8')) as { question: string; lang: string }[];
    for (const { question } of demo.published) {
      const entry = faq.find((candidate) => candidate.question === question);
      expect(entry, question).to.not.equal(undefined);
      expect(readFileSync(join(out, entry!.lang, 'index.html'), 'utf8')).to.contain(question);
    }
    // Exactly the answered topics are published.
    const topics = await runCliJson<TopicSummary[]>(['--db', db, 'topics', '--status', 'published']);
    expect(topics.map((t) => t.id).sort()).to.deep.equal([...topicIds].sort());
    // The chosen folder is the site's folder from now on: `serve` and scheduled builds use it.
    const [outDir] = await runCliJson<{ key: string; value: string }[]>(['--db', db, 'config', 'site.out_dir']);
    expect(outDir!.value).to.equal(out);
  });

  it('keeps the shop replies of every chat and e-mail channel, and flags the return topic told 14 and 30 days', async () => {
    const questions = await runCliJson<QuestionRow[]>(['--db', db, 'questions']);
    const answeredChannels = new Set(questions.filter((q) => q.reply !== null).map((q) => q.channel));
    for (const channel of ['email', 'chat', 'skype', 'messenger', 'gg', 'phone']) expect([...answeredChannels]).to.include(channel);
    expect(questions.filter((q) => q.channel === 'text').every((q) => q.reply === null)).to.equal(true);
    const topics = await runCliJson<TopicSummary[]>(['--db', db, 'topics']);
    expect(topics.filter((t) => t.suggestedAnswer !== null).length).to.be.at.least(topics.length / 2);
    const told14and30 = topics.filter((t) => {
      const days = t.conflicts.find((c) => c.fact === 'days');
      const values = days?.statements.flatMap((s) => s.values) ?? [];
      return !t.consistent && values.includes('14') && values.includes('30');
    });
    expect(told14and30, JSON.stringify(topics.map((t) => [t.label, t.conflicts]))).to.have.length.at.least(1);
    const channels = new Set(told14and30[0]!.answerVariants.flatMap((v) => v.channels));
    expect(channels.size).to.be.at.least(2);
  });

  it('keeps the database when run again: nothing imported twice, no second demo account', async () => {
    const before = await runCliJson<unknown[]>(['--db', db, 'questions']);
    const again = await runCliJson<DemoResult>(['--db', db, 'demo', '--out', join(dir, 'site')]);
    expect(again.questions).to.equal(0);
    expect(again.login).to.equal(null);
    const after = await runCliJson<unknown[]>(['--db', db, 'questions']);
    expect(after.length).to.equal(before.length);
  });

  it('shows and changes settings, refusing unknown ones', async () => {
    await runCliJson(['--db', db, 'config', 'site.title', 'Pomoc sklepu']);
    const [setting] = await runCliJson<{ key: string; value: string }[]>(['--db', db, 'config', 'site.title']);
    expect(setting).to.deep.equal({ key: 'site.title', value: 'Pomoc sklepu' });
    const out = join(dir, 'site2');
    expect((await runCli(['--db', db, 'build', '--out', out])).code).to.equal(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).to.contain('<title>Pomoc sklepu</title>');
    const bad = await runCli(['--db', db, 'config', 'no.such.key', 'x']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.contain('There is no setting "no.such.key"');
  });
});
