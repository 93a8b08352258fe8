import { expect } from 'chai';
import { assignToCentroids, centroidsOf, clusterQuestions } from '../../src/cluster/index.js';
import { loadQuestions } from './fixture.js';
import type { ClusterItem } from '../../src/cluster/types.js';

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

describe('questions detected as "other"', () => {
  it('still join the topic of their language instead of a feature space of their own', () => {
    const pl = (id: number, text: string): ClusterItem => ({ id, text, lang: 'pl' });
    const groups = [
      { topicId: 1, items: [pl(1, 'czy dostane fakture na firme z nip'), pl(2, 'faktura na firme, gdzie wpisac nip'), pl(3, 'jak dostac fakture vat na firme')] },
      { topicId: 2, items: [pl(4, 'gdzie jest moja paczka'), pl(5, 'paczka nie dotarla, gdzie jest'), pl(6, 'status paczki, gdzie teraz jest')] },
    ];
    const centroids = centroidsOf(groups);
    const placed = assignToCentroids([{ id: 7, text: 'fv na firme nip jak', lang: 'other' }], centroids, { assign: { minSimilarity: 0.1 } });
    expect(placed.get(7)).to.equal(1);
  });
});
