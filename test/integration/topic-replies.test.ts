import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuestionRow } from '../../src/store/questions.js';
import type { TopicSummary } from '../../src/store/topic-list.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/replies/consistency/', import.meta.url));

describe('topics carry what the shop replied: suggested answer, variants, consistency (CLI end to end)', function () {
  this.timeout(60_000);
  let dir: string;
  let db: string;
  let topics: TopicSummary[];
  let questions: QuestionRow[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-topic-replies-'));
    db = join(dir, 'store.sqlite');
    const chat = join(FIXTURES, 'zwroty-czat.json');
    const mail = join(FIXTURES, 'zwroty.mbox');
    const imported = await runCli(['--db', db, 'import', chat, mail, '--shop', 'sklep@sklep-rowerowy.example']);
    expect(imported.code, imported.stderr).to.equal(0);
    const clustered = await runCli(['--db', db, 'cluster']);
    expect(clustered.code, clustered.stderr).to.equal(0);
    topics = await runCliJson<TopicSummary[]>(['--db', db, 'topics']);
    questions = await runCliJson<QuestionRow[]>(['--db', db, 'questions']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const topicOfQuestion = (words: string, channel: string): TopicSummary => {
    const question = questions.find((q) => q.channel === channel && q.text.includes(words) && q.topicId !== null);
    expect(question, `a clustered ${channel} question with "${words}"`).to.not.equal(undefined);
    return topics.find((t) => t.id === question!.topicId)!;
  };

  it('flags the return topic: chat said 14 days, e-mail said 30', () => {
    const returns = topicOfQuestion('zwrot', 'chat');
    expect(topicOfQuestion('zwrot', 'email').id).to.equal(returns.id, 'both channels asked the same question');
    expect(returns.consistent).to.equal(false);
    const days = returns.conflicts.find((c) => c.fact === 'days');
    expect(days, JSON.stringify(returns.conflicts)).to.not.equal(undefined);
    expect(days!.statements.map((s) => s.values).flat().sort()).to.deep.equal(['14', '30']);
    // Two variants, each said on its own channel, the more frequent first.
    expect(returns.answerVariants.map((v) => [v.count, v.channels])).to.deep.equal([
      [3, ['chat']],
      [2, ['email']],
    ]);
    expect(returns.answerVariants[1]!.text).to.include('30 dni');
  });

  it('suggests the reply most of the topic was given, with its count and channels', () => {
    const returns = topicOfQuestion('zwrot', 'chat');
    expect(returns.suggestedAnswer).to.not.equal(null);
    expect(returns.suggestedAnswer!.text).to.include('14 dni').and.not.match(/^Dzień dobry/);
    expect(returns.suggestedAnswer!.count).to.equal(3);
    expect(returns.suggestedAnswer!.channels).to.deep.equal(['chat']);
  });

  it('marks the inconsistent topic in the human table', async () => {
    const run = await runCli(['--db', db, 'topics']);
    expect(run.code, run.stderr).to.equal(0);
    const returns = topicOfQuestion('zwrot', 'chat');
    const row = run.stderr.split('\n').find((line) => line.trim().split(/\s+/)[1] === String(returns.id));
    expect(row).to.match(/ ! Ile/);
    expect(run.stderr).to.contain('! = customers were told different things (days: 14 vs 30)');
  });
});
