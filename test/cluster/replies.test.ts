import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../../src/model.js';
import { assignToCentroids, centroidsOf, clusterQuestions, type ClusterItem, type Clustering } from '../../src/cluster/index.js';
import { resolveOptions } from '../../src/cluster/options.js';
import { replyTrust } from '../../src/cluster/reply-trust.js';
import { countFeatures, inverseDocumentFrequency, weighFeatures } from '../../src/cluster/vectorize.js';

/**
 * test/fixtures/cluster/answered-questions.csv: three intents, each asked in three wordings that
 * share no word, answered with one reply (pasted or retyped), and a generic "please call us"
 * given to two questions of every intent.
 */
function loadAnswered(): { items: ClusterItem[]; intentOf: Map<number, string>; generic: Set<number> } {
  const file = fileURLToPath(new URL('../../../test/fixtures/cluster/answered-questions.csv', import.meta.url));
  const records = parse(readFileSync(file), { columns: true }) as { intent: string; lang: Lang; text: string; reply: string }[];
  const genericReply = mostCommonAcrossIntents(records);
  const items = records.map((r, at) => ({ id: at + 1, text: r.text, lang: r.lang, reply: r.reply }));
  return {
    items,
    intentOf: new Map(records.map((r, at) => [at + 1, r.intent])),
    generic: new Set(records.flatMap((r, at) => (r.reply === genericReply ? [at + 1] : []))),
  };
}

/** The reply given under more than one intent (the fixture has exactly one). */
function mostCommonAcrossIntents(records: { intent: string; reply: string }[]): string {
  const intents = new Map<string, Set<string>>();
  for (const r of records) intents.set(r.reply, (intents.get(r.reply) ?? new Set()).add(r.intent));
  return [...intents.entries()].sort((a, b) => b[1].size - a[1].size)[0]![0];
}

function topicOf(clustering: Clustering): Map<number, number> {
  const topics = new Map<number, number>();
  clustering.groups.forEach((group, g) => group.members.forEach((id) => topics.set(id, g)));
  return topics;
}

describe('clustering with the shop replies', () => {
  const { items, intentOf, generic } = loadAnswered();
  const withReplies = clusterQuestions(items);
  const wordingOnly = clusterQuestions(items.map(({ reply: _reply, ...item }) => item));

  it('trusts a reply kept for one question, not a generic one given to every question', () => {
    const { features } = resolveOptions();
    const counts = countFeatures(items, features, true);
    const rows = weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
    const trust = replyTrust(rows, counts.kinds, resolveOptions());
    const genericTrust = items.filter((item) => generic.has(item.id)).map((item) => trust[item.id - 1]!);
    const specificTrust = items.filter((item) => !generic.has(item.id)).map((item) => trust[item.id - 1]!);
    expect(Math.max(...genericTrust)).to.be.below(0.2);
    expect(Math.min(...specificTrust)).to.be.above(0.8);
  });

  for (const intent of ['return', 'invoice']) {
    it(`joins wordings of "${intent}" that share no word through their reply`, () => {
      const ids = items.filter((item) => intentOf.get(item.id) === intent).map((item) => item.id);
      const joined = new Set(ids.map((id) => topicOf(withReplies).get(id)));
      const apart = new Set(ids.map((id) => topicOf(wordingOnly).get(id)));
      expect(apart.size, 'topics holding the intent on wording alone').to.equal(3);
      expect(joined.size, 'topics holding the intent with replies').to.be.below(apart.size);
    });
  }

  it('does not let the generic reply glue different questions together', () => {
    for (const group of withReplies.groups) {
      expect(new Set(group.members.map((id) => intentOf.get(id))).size, `intents in one topic`).to.equal(1);
    }
    const topicsOfGeneric = new Set([...generic].map((id) => topicOf(withReplies).get(id)));
    expect(topicsOfGeneric.size).to.be.at.least(3);
  });

  it('clusters questions without a reply exactly as before', () => {
    const unanswered = items.map((item) => ({ ...item, reply: null }));
    expect(clusterQuestions(unanswered)).to.deep.equal(wordingOnly);
  });

  it('places a new question worded like no topic into the topic whose replies its reply matches', () => {
    const byId = new Map(items.map((item) => [item.id, item]));
    const centroids = centroidsOf(withReplies.groups.map((group, g) => ({ topicId: g + 1, items: group.members.map((id) => byId.get(id)!) })));
    const invoiceTopic = topicOf(withReplies).get(items.find((item) => intentOf.get(item.id) === 'invoice')!.id)! + 1;
    const fresh = { id: 1000, lang: 'pl' as const, text: 'Prowadzę działalność, co z papierami do zakupu?' };
    const reply = 'Fakturę VAT wystawiamy automatycznie – wystarczy wpisać NIP w koszyku przy zamówieniu.';
    expect(assignToCentroids([{ ...fresh, reply }], centroids).get(1000)).to.equal(invoiceTopic);
    expect(assignToCentroids([fresh], centroids).get(1000)).to.equal(null);
  });
});
