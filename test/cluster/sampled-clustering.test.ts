import { expect } from 'chai';
import { clusterQuestions, type ClusterItem } from '../../src/cluster/index.js';
import { evenSample } from '../../src/cluster/even-sample.js';
import { intentTopic, loadQuestions } from './fixture.js';

describe('evenSample', () => {
  for (const [count, size] of [[101_000, 10_000], [1000, 999], [37, 5], [10, 10]] as const) {
    it(`picks ${size} distinct positions of ${count}, ascending, one in each stretch`, () => {
      const chosen = Array.from(evenSample(count, size));
      expect(chosen).to.have.length(size);
      for (let k = 1; k < chosen.length; k++) expect(chosen[k]).to.be.greaterThan(chosen[k - 1]!);
      expect(chosen[0]).to.be.at.least(0);
      expect(chosen.at(-1)).to.be.below(count);
      chosen.forEach((at, k) => expect(at).to.be.within(Math.floor((k * count) / size), Math.ceil(((k + 1) * count) / size) - 1));
    });
  }
});

describe('clusterQuestions past the sample size', () => {
  // Every fixture question asked twelve times, in customers' framings, the asks interleaved as
  // a log would hold them: 550 questions, topics learned from 150 of them.
  const { items: base, intentOf: baseIntent } = loadQuestions();
  const framings: Record<string, { before: string[]; after: string[] }> = {
    pl: { before: ['', 'Dzień dobry, ', 'Witam, '], after: ['', ' Dziękuję.', ' Pozdrawiam'] },
    cs: { before: ['', 'Dobrý den, ', 'Ahoj, '], after: ['', ' Děkuji.', ' S pozdravem'] },
    en: { before: ['', 'Hello, ', 'Hi, '], after: ['', ' Thanks.', ' Regards'] },
  };
  const items: ClusterItem[] = [];
  const intentOf = new Map<number, string>();
  for (let copy = 0; copy < 12; copy++) {
    for (const item of base) {
      const id = items.length + 1;
      const { before, after } = framings[item.lang]!;
      items.push({ id, lang: item.lang, text: `${before[copy % 3]}${item.text}${after[Math.floor(copy / 3) % 3]}` });
      intentOf.set(id, baseIntent.get(item.id)!);
    }
  }
  const sampled = clusterQuestions(items, { sample: { size: 150 } });
  const whole = clusterQuestions(items, { sample: { size: 0 } });

  it('accounts for every question exactly once', () => {
    const all = [...sampled.groups.flatMap((g) => g.members), ...sampled.unclustered].sort((a, b) => a - b);
    expect(all).to.deep.equal(items.map((item) => item.id));
  });

  it('finds about as many topics as learning from all the questions', () => {
    expect(sampled.groups.length).to.be.within(whole.groups.length - 2, whole.groups.length + 2);
  });

  for (const intent of ['warranty', 'tracking', 'installments', 'delivery_cs', 'refund_en']) {
    it(`places the "${intent}" questions it did not learn from in the topic of those it did`, () => {
      const { together, purity } = intentTopic(sampled, intentOf, intent);
      expect(together, 'share of the intent in its main topic').to.be.at.least(0.75);
      expect(purity, 'purity of that topic').to.be.at.least(0.8);
    });
  }

  it('gives the same result for the same input', () => {
    expect(clusterQuestions(items, { sample: { size: 150 } })).to.deep.equal(sampled);
  });
});

describe('clusterQuestions past the sample size, in a log with a language few customers write in', () => {
  // The Polish and Czech questions asked 24 times each, the six English refund questions once:
  // a sample in proportion would hold one or two English questions, too few for a topic.
  const { items: base, intentOf: baseIntent } = loadQuestions();
  const items: ClusterItem[] = [];
  const intentOf = new Map<number, string>();
  for (let copy = 0; copy < 24; copy++) {
    for (const item of base.filter((question) => question.lang !== 'en')) {
      items.push({ ...item, id: items.length + 1, text: copy % 2 === 0 ? item.text : `${item.text} Dziękuję.` });
      intentOf.set(items.length, baseIntent.get(item.id)!);
    }
  }
  for (const item of base.filter((question) => question.lang === 'en')) {
    items.push({ ...item, id: items.length + 1 });
    intentOf.set(items.length, baseIntent.get(item.id)!);
  }

  it('still learns that language from enough of its questions to give it its topics', () => {
    const clustering = clusterQuestions(items, { sample: { size: 200 } });
    const { together, purity } = intentTopic(clustering, intentOf, 'refund_en');
    expect(together, 'share of the English refund questions in their topic').to.be.at.least(0.75);
    expect(purity).to.be.at.least(0.8);
  });
});

