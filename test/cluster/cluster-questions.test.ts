import { expect } from 'chai';
import { clusterQuestions } from '../../src/cluster/index.js';
import { intentTopic, loadQuestions } from './fixture.js';

describe('clusterQuestions', () => {
  const { items, intentOf } = loadQuestions();
  const clustering = clusterQuestions(items);
  const intents = [...new Set(intentOf.values())].filter((i) => i !== 'noise');

  it('accounts for every question exactly once', () => {
    const all = [...clustering.groups.flatMap((g) => g.members), ...clustering.unclustered].sort((a, b) => a - b);
    expect(all).to.deep.equal(items.map((i) => i.id));
  });

  it('finds the topics without being told how many', () => {
    expect(clustering.groups.length).to.be.within(intents.length - 1, intents.length + 2);
  });

  for (const intent of ['warranty', 'tracking', 'installments', 'delivery_cs', 'warranty_cs', 'refund_en']) {
    it(`keeps the "${intent}" questions together in a topic of their own`, () => {
      const { together, purity } = intentTopic(clustering, intentOf, intent);
      expect(together, 'share of the intent in its main topic').to.be.at.least(0.75);
      expect(purity, 'purity of that topic').to.be.at.least(0.8);
    });
  }

  it('leaves noise unclustered', () => {
    const noise = items.filter((i) => intentOf.get(i.id) === 'noise').map((i) => i.id);
    expect(clustering.unclustered).to.include.members(noise);
  });

  it('labels a topic with a central, well-written member and readable keywords', () => {
    const warranty = clustering.groups.find((g) => intentOf.get(g.representative) === 'warranty');
    expect(warranty, 'a topic represented by a warranty question').to.not.equal(undefined);
    expect(warranty!.members.slice(0, 8)).to.include(warranty!.representative);
    const label = items.find((item) => item.id === warranty!.representative)!.text;
    expect(label, 'sentence case, a question').to.match(/^\p{Lu}.*\?$/u);
    // Surface words with diacritics, not stems like "reklamacj".
    expect(warranty!.keywords).to.include('reklamację');
    expect(warranty!.keywords.every((k) => k.length > 1)).to.equal(true);
  });

  it('puts every repeat of a question in the same place as the first, and counts it as a member', () => {
    const repeats = items.map((item, at) => ({ ...item, id: 10_000 + at }));
    const doubled = clusterQuestions([...items, ...repeats]);
    const placeOf = new Map<number, number>();
    doubled.groups.forEach((group, g) => group.members.forEach((id) => placeOf.set(id, g)));
    for (const item of items) expect(placeOf.get(10_000 + item.id - 1), item.text).to.equal(placeOf.get(item.id));
    const members = doubled.groups.reduce((sum, g) => sum + g.members.length, 0) + doubled.unclustered.length;
    expect(members).to.equal(items.length * 2);
  });

  it('does not let shared redaction placeholders or greetings join unrelated questions', () => {
    const framed = [
      { id: 1, text: 'Dzień dobry, zamówienie [order], jak złożyć reklamację?', lang: 'pl' as const },
      { id: 2, text: 'Dzień dobry, zamówienie [order], kiedy przyjdzie paczka?', lang: 'pl' as const },
      { id: 3, text: 'Witam, [email], jak złożyć reklamację słuchawek?', lang: 'pl' as const },
      { id: 4, text: 'Witam, [email], kiedy przyjdzie moja paczka?', lang: 'pl' as const },
    ];
    const result = clusterQuestions(framed, { topics: { minSize: 2 } });
    const topicOf = new Map<number, number>();
    result.groups.forEach((group, g) => group.members.forEach((id) => topicOf.set(id, g)));
    if (topicOf.has(1) && topicOf.has(2)) expect(topicOf.get(1)).to.not.equal(topicOf.get(2));
    expect(topicOf.get(1), 'the two complaint questions').to.equal(topicOf.get(3));
    expect(topicOf.get(2), 'the two parcel questions').to.equal(topicOf.get(4));
  });

  it('gives the same result for the same input', () => {
    expect(clusterQuestions(items)).to.deep.equal(clustering);
  });
});
