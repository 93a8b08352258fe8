import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assignNewQuestions,
  mergeTopics,
  moveQuestions,
  OPERATOR,
  recluster,
  saveAnswer,
  setTopicStatus,
  splitTopic,
  type ClusterSummary,
} from '../../src/app/index.js';
import { ConflictError, ForbiddenError } from '../../src/errors.js';
import type { Lang } from '../../src/model.js';
import { loadCentroids } from '../../src/store/centroids.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { getTopic, listRankedTopics } from '../../src/store/topic-list.js';
import { seedImport, type SeedQuestion } from '../helpers/seed-import.js';

interface Intent {
  intent: string;
  lang: Lang;
  batch1: string[];
  batch2: string[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../test/fixtures/cluster/questions.json', import.meta.url), 'utf8')) as {
  intents: Intent[];
};

describe('topics through re-clustering and editors\' use cases (real store)', function () {
  let dir: string;
  let db: Db;
  /** question id -> intent, filled as batches are seeded */
  let intentOf: Map<number, string>;

  function seedBatch(batch: 'batch1' | 'batch2', extra: (intent: Intent, index: number) => Partial<SeedQuestion> = () => ({})): number[] {
    const rows: SeedQuestion[] = [];
    const intents: string[] = [];
    for (const intent of fixture.intents) {
      intent[batch].forEach((text, index) => {
        rows.push({ text, lang: intent.lang, ...extra(intent, index) });
        intents.push(intent.intent);
      });
    }
    const ids = seedImport(db, rows, { file: `${batch}.txt` });
    ids.forEach((id, index) => intentOf.set(id, intents[index]!));
    return ids;
  }

  function cluster(run: (db: Db) => ClusterSummary = recluster): ClusterSummary {
    return run(db);
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
    expect(loadCentroids(db).centroids.length).to.equal(topics.length);
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
    const odd = seedImport(db, [{ text: 'Czy sprzedajecie karty podarunkowe?' }, { text: 'Bon na prezent dla mamy - macie takie?' }]);
    cluster();
    const published = splitTopic(db, { questionIds: odd, label: 'Karty podarunkowe', actor: OPERATOR });
    saveAnswer(db, { topicId: published, question: 'Czy macie karty podarunkowe?', bodyMd: 'Tak.', publish: true, actor: OPERATOR });
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
    moveQuestions(db, { questionIds: [moved], targetTopicId: returns, actor: OPERATOR });
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
    cluster(assignNewQuestions);
    expect(topicOfQuestion().get(takenOut)).to.equal(null);
  });

  it('keeps a merge: the merged topic stays merged and its questions stay in the target', () => {
    seedBatch('batch1');
    cluster();
    const target = topicOfIntent('doprava');
    const merged = topicOfIntent('vraceni');
    expect(merged).to.not.equal(target);
    const mergedQuestions = membersOf(merged);
    mergeTopics(db, { fromId: merged, intoId: target, actor: OPERATOR });
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
    setTopicStatus(db, { topicId: ignored, status: 'ignored', actor: OPERATOR });
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
    const stray = seedImport(db, [{ text: 'Qwerty asdf zxcv', lang: 'other' }]);
    expect(cluster(assignNewQuestions).mode).to.equal('incremental');
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

  it('clusters fully instead of comparing vectors of another space when the feature options changed', () => {
    seedBatch('batch1');
    cluster();
    const stored = loadCentroids(db);
    expect(stored.space).to.be.a('string');
    seedBatch('batch2');
    const other = assignNewQuestions(db, { options: { features: { charGramLength: 3 } } });
    expect(other.mode).to.equal('full');
    expect(loadCentroids(db).space).to.not.equal(stored.space);
    // Back in the default space, the centroids now stored are foreign again: one more full run.
    expect(assignNewQuestions(db).mode).to.equal('full');
    expect(assignNewQuestions(db).mode).to.equal('incremental');
  });

  it('splits questions into a new topic that re-clustering keeps', () => {
    seedBatch('batch1');
    cluster();
    const payment = topicOfIntent('payment');
    const picked = membersOf(payment).slice(0, 2);
    const split = splitTopic(db, { questionIds: picked, actor: OPERATOR });
    expect(getTopic(db, split).size).to.equal(2);
    expect(getTopic(db, payment).size).to.equal(membersOf(payment).length);
    cluster();
    expect(membersOf(split)).to.include.members(picked);
  });

  it('refuses an answer on a topic merged meanwhile, and editing by staff, changing nothing', () => {
    seedBatch('batch1');
    cluster();
    const target = topicOfIntent('doprava');
    const merged = topicOfIntent('vraceni');
    mergeTopics(db, { fromId: merged, intoId: target, actor: OPERATOR });
    const answer = { topicId: merged, question: 'Jak vrátit zboží?', bodyMd: 'Do 14 dnů.', publish: true, actor: OPERATOR };
    expect(() => saveAnswer(db, answer)).to.throw(ConflictError, `merged into topic ${target}`);
    const staff = { id: null, role: 'staff' as const };
    expect(() => saveAnswer(db, { ...answer, topicId: target, actor: staff })).to.throw(ForbiddenError);
    expect(() => mergeTopics(db, { fromId: target, intoId: topicOfIntent('payment'), actor: staff })).to.throw(ForbiddenError);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers').get()).to.deep.equal({ n: 0 });
    expect(getTopic(db, target).status).to.equal('new');
  });
});
