import { expect } from 'chai';
import { assignToCentroids, centroidsOf, clusterQuestions } from '../../src/cluster/index.js';
import { loadQuestions } from './fixture.js';

describe('incremental assignment', () => {
  const { items, intentOf } = loadQuestions();
  const clustering = clusterQuestions(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const groups = clustering.groups.map((g, at) => ({ topicId: 100 + at, items: g.members.map((id) => byId.get(id)!) }));
  const intentOfTopic = new Map(groups.map((g) => [g.topicId, intentOf.get(g.items[0]!.id)]));
  const centroids = centroidsOf(groups);

  it('builds serialisable unit centroids', () => {
    expect(centroids.map((c) => c.topicId)).to.deep.equal(groups.map((g) => g.topicId));
    for (const c of centroids) {
      const norm = Math.sqrt([...c.vector.values()].reduce((s, w) => s + w * w, 0));
      expect(norm).to.be.closeTo(1, 1e-4);
      const restored = new Map<number, number>(JSON.parse(JSON.stringify([...c.vector])) as [number, number][]);
      expect(restored).to.deep.equal(c.vector);
    }
  });

  it('places new paraphrases into the matching existing topic', () => {
    const fresh = [
      { id: 1001, text: 'Jak mogę złożyć reklamację na pralkę?', lang: 'pl' as const, intent: 'warranty' },
      { id: 1002, text: 'gdzie jest paczka, czekam juz 5 dni', lang: 'pl' as const, intent: 'tracking' },
      { id: 1003, text: 'Jak dlouho trvá doručení do Ostravy?', lang: 'cs' as const, intent: 'delivery_cs' },
      { id: 1004, text: 'my refund has not arrived, how long does it take?', lang: 'en' as const, intent: 'refund_en' },
    ];
    const placed = assignToCentroids(fresh, centroids);
    for (const q of fresh) expect(intentOfTopic.get(placed.get(q.id)!), q.text).to.equal(q.intent);
  });

  it('leaves a question that matches no topic unassigned', () => {
    const placed = assignToCentroids([{ id: 2001, text: 'Sprzedam kanapę, stan dobry', lang: 'pl' }], centroids);
    expect(placed.get(2001)).to.equal(null);
  });

  it('does not match across languages', () => {
    // Czech wording of the Polish-only installments topic must not land in a Polish topic.
    const placed = assignToCentroids([{ id: 3001, text: 'Jak zlozyc reklamacje?', lang: 'cs' }], centroids);
    const topic = placed.get(3001);
    if (topic !== null) expect(intentOfTopic.get(topic!)).to.equal('warranty_cs');
  });
});
