import { expect } from 'chai';
import { scoreTopic, type RankedQuestion } from '../../src/cluster/rank.js';

const NOW = new Date('2024-05-31T12:00:00Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
const settings = { halfLifeDays: 30, growthWindowDays: 14 };

let nextConversation = 1;
function asked(customer: string | null, days: number | null, conversation = nextConversation++): RankedQuestion {
  return { customer, askedAt: days === null ? null : daysAgo(days), conversation };
}

describe('scoreTopic', () => {
  it('counts distinct customers, an unknown customer counting as one each', () => {
    const score = scoreTopic([asked('a', null), asked('a', null), asked('b', null), asked(null, null), asked(null, null)], NOW, settings);
    expect(score.customers).to.equal(4);
    expect(score.questions).to.equal(5);
  });

  it('halves the weight of a question for every half-life of age', () => {
    expect(scoreTopic([asked('a', 0)], NOW, settings).recency).to.equal(1);
    expect(scoreTopic([asked('a', 30)], NOW, settings).recency).to.equal(0.5);
    expect(scoreTopic([asked('a', 60)], NOW, settings).recency).to.equal(0.25);
    expect(scoreTopic([asked('a', 30)], NOW, { ...settings, halfLifeDays: 60 }).recency).to.be.closeTo(0.71, 0.01);
  });

  it('measures growth as the surplus of the last window over the one before', () => {
    const rising = [asked('a', 1), asked('b', 2), asked('c', 3), asked('d', 20)];
    expect(scoreTopic(rising, NOW, settings).growth).to.equal(2);
    const falling = [asked('a', 1), asked('b', 15), asked('c', 16), asked('d', 20)];
    expect(scoreTopic(falling, NOW, settings).growth).to.equal(0);
  });

  it('counts a repeat contact per later conversation, not per message in the same one', () => {
    const score = scoreTopic([asked('a', 5, 100), asked('a', 5, 100), asked('a', 3, 101), asked('a', 1, 102), asked('b', 1, 103)], NOW, settings);
    expect(score.repeats).to.equal(2);
    expect(score.customers).to.equal(2);
  });

  it('adds the parts up to the total', () => {
    const score = scoreTopic([asked('a', 1), asked('a', 2), asked('b', 40), asked(null, 10)], NOW, settings);
    expect(score.total).to.be.closeTo(score.customers + score.recency + score.growth + score.repeats, 0.011);
    expect(scoreTopic([], NOW, settings).total).to.equal(0);
  });

  it('ranks a topic many customers ask now above one a few customers asked long ago', () => {
    const hot = Array.from({ length: 12 }, (_, i) => asked(`hot-${i}`, i));
    const stale = Array.from({ length: 12 }, (_, i) => asked(`stale-${i % 4}`, 200 + i));
    expect(scoreTopic(hot, NOW, settings).total).to.be.greaterThan(scoreTopic(stale, NOW, settings).total);
  });
});
