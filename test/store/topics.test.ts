import { expect } from 'chai';
import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterFully, clusterIncrementally } from '../../src/cli/cluster.js';
import { registerTopicsCommand } from '../../src/cli/topics.js';
import type { Lang } from '../../src/model.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { getTopic, listRankedTopics, loadCentroids } from '../../src/store/topics.js';
import { seedQuestions, type SeedQuestion } from '../helpers/seed-questions.js';

interface Intent {
  intent: string;
  lang: Lang;
  batch1: string[];
  batch2: string[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../test/fixtures/cluster/questions.json', import.meta.url), 'utf8')) as {
  intents: Intent[];
};

describe('store/topics with re-clustering', function () {
  let dir: string;
  let db: Db;
  /** question id -> intent, filled as batches are seeded */
  let intentOf: Map<number, string>;

  const silence = (): (() => void) => {
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    return () => {
      process.stderr.write = write;
    };
  };

  function seedBatch(batch: 'batch1' | 'batch2', extra: (intent: Intent, index: number) => Partial<SeedQuestion> = () => ({})): number[] {
    const rows: SeedQuestion[] = [];
    const intents: string[] = [];
    for (const intent of fixture.intents) {
      intent[batch].forEach((text, index) => {
        rows.push({ text, lang: intent.lang, ...extra(intent, index) });
        intents.push(intent.intent);
      });
    }
    const ids = seedQuestions(db, rows, `${batch}.txt`);
    ids.forEach((id, index) => intentOf.set(id, intents[index]!));
    return ids;
  }

  function cluster(run: (db: Db) => unknown = clusterFully): void {
    const restore = silence();
    try {
      run(db);
    } finally {
      restore();
    }
  }

  function topicOfQuestion(): Map<number, number | null> {
    const rows = db.prepare('SELECT id, topic_id AS topicId FROM questions').all() as { id: number; topicId: number | null }[];
    return new Map(rows.map((row) => [row.id, row.topicId]));
  }

  function membersOf(topicId: number): number[] {
    return (db.prepare('SELECT id FROM questions WHERE topic_id = ? ORDER BY id').all(topicId) as { id: number }[]).map((r) => r.id);
  }

  /** The topic holding most questions of an intent. */
  function topicOfIntent(intent: string): number {
    const counts = new Map<number, number>();
    for (const [question, topic] of topicOfQuestion()) {
      if (topic !== null && intentOf.get(question) === intent) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(best, `a topic for ${intent}`).to.not.equal(undefined);
    return best![0];
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-topics-'));
    db = openDatabase(join(dir, 'faqtory.sqlite'));
    intentOf = new Map();
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates ranked topics labelled by a member question, in the majority language', () => {
    seedBatch('batch1');
    cluster();
    const topics = listRankedTopics(db);
    expect(topics.length).to.be.greaterThan(3);
    for (const topic of topics) {
      const detail = getTopic(db, topic.id);
      expect(detail.questions.map((q) => q.text)).to.include(topic.label);
      const langs = detail.questions.map((q) => q.lang);
      const majority = langs.filter((lang) => lang === topic.lang).length;
      expect(majority * 2, `lang of topic ${topic.id}`).to.be.at.least(langs.length);
      expect(topic.size).to.equal(detail.questions.length);
      expect(topic.keywords).to.be.an('array').that.is.not.empty;
    }
    const scores = topics.map((t) => t.score.total);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    expect(loadCentroids(db).length).to.equal(topics.length);
  });

  it('gives the same topics the same ids when nothing changed', () => {
    seedBatch('batch1');
    cluster();
    const before = topicOfQuestion();
    cluster();
    expect(topicOfQuestion()).to.deep.equal(before);
  });

  it('keeps topic ids when re-clustering after a new import', () => {
    seedBatch('batch1');
    cluster();
    const before = topicOfQuestion();
    seedBatch('batch2');
    cluster();
    const after = topicOfQuestion();
    let clustered = 0;
    let kept = 0;
    for (const [question, topic] of before) {
      if (topic === null) continue;
      clustered += 1;
      if (after.get(question) === topic) kept += 1;
    }
    expect(kept / clustered).to.be.at.least(0.8);
  });

  it('never loses a published, answered topic, even one clustering would not form', () => {
    seedBatch('batch1');
    const odd = seedQuestions(db, [{ text: 'Czy sprzedajecie karty podarunkowe?' }, { text: 'Bon na prezent dla mamy - macie takie?' }]);
    cluster();
    const stamp = new Date().toISOString();
    const published = Number(
      db.prepare(`INSERT INTO topics (label, status, created_at, updated_at) VALUES ('Karty podarunkowe', 'published', ?, ?)`).run(stamp, stamp)
        .lastInsertRowid,
    );
    db.prepare(`INSERT INTO answers (topic_id, question, body_md, updated_at) VALUES (?, 'Czy macie karty podarunkowe?', 'Tak.', ?)`).run(
      published,
      stamp,
    );
    db.prepare(`UPDATE questions SET topic_id = ? WHERE id IN (${odd.join(',')})`).run(published);
    seedBatch('batch2');
    cluster();
    const detail = getTopic(db, published);
    expect(detail.status).to.equal('published');
    expect(detail.label).to.equal('Karty podarunkowe');
    expect(detail.questions.map((q) => q.id)).to.include.members(odd);
  });

  it('leaves a question an editor moved where it was moved', () => {
    seedBatch('batch1');
    cluster();
    const payment = topicOfIntent('payment');
    const returns = topicOfIntent('return');
    const moved = membersOf(payment)[0]!;
    db.prepare('UPDATE questions SET topic_id = ?, pinned = 1 WHERE id = ?').run(returns, moved);
    seedBatch('batch2');
    cluster();
    expect(topicOfQuestion().get(moved)).to.equal(returns);
    expect(getTopic(db, returns).questions.find((q) => q.id === moved)?.pinned).to.equal(true);
  });

  it('leaves a question an editor took out of every topic outside them', () => {
    seedBatch('batch1');
    cluster();
    const takenOut = membersOf(topicOfIntent('payment'))[0]!;
    db.prepare('UPDATE questions SET topic_id = NULL, pinned = 1 WHERE id = ?').run(takenOut);
    cluster();
    expect(topicOfQuestion().get(takenOut)).to.equal(null);
    cluster(clusterIncrementally);
    expect(topicOfQuestion().get(takenOut)).to.equal(null);
  });

  it('keeps a merge: the merged topic stays merged and its questions stay in the target', () => {
    seedBatch('batch1');
    cluster();
    const target = topicOfIntent('doprava');
    const merged = topicOfIntent('vraceni');
    expect(merged).to.not.equal(target);
    const mergedQuestions = membersOf(merged);
    db.prepare('UPDATE topics SET merged_into = ? WHERE id = ?').run(target, merged);
    db.prepare('UPDATE questions SET topic_id = ? WHERE topic_id = ?').run(target, merged);
    seedBatch('batch2');
    cluster();
    const after = topicOfQuestion();
    for (const question of mergedQuestions) expect(after.get(question), `question ${question}`).to.equal(target);
    expect(getTopic(db, merged).mergedInto).to.equal(target);
    expect(getTopic(db, merged).size).to.equal(0);
    expect(listRankedTopics(db).map((t) => t.id)).to.include(target).and.not.include(merged);
  });

  it('keeps an ignored topic ignored, with its id, across re-clustering', () => {
    seedBatch('batch1');
    cluster();
    const ignored = topicOfIntent('delivery_time');
    const sizeBefore = membersOf(ignored).length;
    db.prepare(`UPDATE topics SET status = 'ignored' WHERE id = ?`).run(ignored);
    seedBatch('batch2');
    cluster();
    expect(getTopic(db, ignored).status).to.equal('ignored');
    expect(membersOf(ignored).length).to.be.at.least(sizeBefore);
    expect(listRankedTopics(db, { status: 'ignored' }).map((t) => t.id)).to.deep.equal([ignored]);
  });

  it('places new questions into existing topics incrementally, leaving the rest alone', () => {
    seedBatch('batch1');
    cluster();
    const before = topicOfQuestion();
    const topicIds = new Set(listRankedTopics(db, { limit: 1000 }).map((t) => t.id));
    const fresh = seedBatch('batch2');
    const stray = seedQuestions(db, [{ text: 'Qwerty asdf zxcv', lang: 'other' }]);
    cluster(clusterIncrementally);
    const after = topicOfQuestion();
    for (const [question, topic] of before) expect(after.get(question), `question ${question}`).to.equal(topic);
    expect(after.get(stray[0]!)).to.equal(null);
    const placed = fresh.filter((question) => after.get(question) !== null);
    expect(placed.length / fresh.length).to.be.at.least(0.5);
    for (const question of placed) expect(topicIds.has(after.get(question)!)).to.equal(true);
    // Placed questions mostly join the topic that holds their intent.
    const right = placed.filter((question) => after.get(question) === topicOfIntent(intentOf.get(question)!));
    expect(right.length / placed.length).to.be.at.least(0.7);
    expect(listRankedTopics(db, { limit: 1000 }).every((t) => t.size === membersOf(t.id).length)).to.equal(true);
  });

  it('ranks the topic many customers ask now above one a few customers asked months ago', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.parse('2024-06-30T10:00:00Z');
    seedBatch('batch1', (intent, index) => {
      if (intent.intent === 'delivery_time') {
        return { customer: `c-${index}`, askedAt: new Date(now - index * day).toISOString() };
      }
      // Everything else: four customers coming back again and again, half a year ago.
      return { customer: `old-${index % 4}`, askedAt: new Date(now - (180 + index) * day).toISOString(), conversation: `${intent.intent}-${index}` };
    });
    cluster();
    const [first] = listRankedTopics(db, { limit: 1 });
    const members = membersOf(first!.id);
    const delivery = members.filter((q) => intentOf.get(q) === 'delivery_time').length;
    expect(delivery * 2).to.be.greaterThan(members.length);
    expect(first!.score.customers).to.be.at.least(5);
    expect(first!.score.recency).to.be.greaterThan(5);
    const others = listRankedTopics(db, { limit: 1000 }).slice(1);
    expect(others.some((t) => t.score.repeats > 0)).to.equal(true);
  });

  it('filters by language, status and limit', () => {
    seedBatch('batch1');
    cluster();
    const czech = listRankedTopics(db, { lang: 'cs' });
    expect(czech.length).to.be.greaterThan(0);
    expect(czech.every((t) => t.lang === 'cs')).to.equal(true);
    expect(listRankedTopics(db, { limit: 2 })).to.have.length(2);
    expect(listRankedTopics(db, { status: 'published' })).to.have.length(0);
  });

  it('prints topics as JSON for `faqtory topics --json`', async () => {
    seedBatch('batch1');
    cluster();
    db.close();
    const program = new Command('faqtory').option('--db <file>').option('--json').exitOverride();
    registerTopicsCommand(program);
    let stdout = '';
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      stdout += chunk;
      return true;
    }) as typeof process.stdout.write;
    try {
      await program.parseAsync(['node', 'faqtory', '--db', join(dir, 'faqtory.sqlite'), '--json', 'topics', '--limit', '3', '--lang', 'pl']);
    } finally {
      process.stdout.write = write;
      db = openDatabase(join(dir, 'faqtory.sqlite'));
    }
    const topics = JSON.parse(stdout) as Record<string, unknown>[];
    expect(topics).to.have.length(3);
    for (const topic of topics) {
      expect(topic).to.include.keys('id', 'label', 'keywords', 'size', 'score', 'status', 'lang');
      expect(topic.lang).to.equal('pl');
      expect(topic.score).to.include.keys('total', 'customers', 'recency', 'growth', 'repeats');
    }
  });
});
