import { expect } from 'chai';
import { clusterQuestions, type ClusterItem } from '../../src/cluster/index.js';
import { evenSample } from '../../src/cluster/cluster-questions.js';
import { loadQuestions } from './fixture.js';

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
  const topicOf = new Map<number, number>();
  sampled.groups.forEach((group, g) => group.members.forEach((id) => topicOf.set(id, g)));

  it('accounts for every question exactly once', () => {
    const all = [...sampled.groups.flatMap((g) => g.members), ...sampled.unclustered].sort((a, b) => a - b);
    expect(all).to.deep.equal(items.map((item) => item.id));
  });

  it('finds about as many topics as learning from all the questions', () => {
    expect(sampled.groups.length).to.be.within(whole.groups.length - 2, whole.groups.length + 2);
  });

  for (const intent of ['warranty', 'tracking', 'installments', 'delivery_cs', 'refund_en']) {
    it(`places the "${intent}" questions it did not learn from in the topic of those it did`, () => {
      const ids = items.filter((item) => intentOf.get(item.id) === intent).map((item) => item.id);
      const counts = new Map<number, number>();
      for (const id of ids) if (topicOf.has(id)) counts.set(topicOf.get(id)!, (counts.get(topicOf.get(id)!) ?? 0) + 1);
      const [topic, together] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
      expect(together / ids.length, 'share of the intent in its main topic').to.be.at.least(0.75);
      const members = sampled.groups[topic]!.members;
      expect(members.filter((id) => intentOf.get(id) === intent).length / members.length, 'purity').to.be.at.least(0.8);
    });
  }

  it('gives the same result for the same input', () => {
    expect(clusterQuestions(items, { sample: { size: 150 } })).to.deep.equal(sampled);
  });
});
