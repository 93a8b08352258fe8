import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../../src/model.js';
import type { ClusterItem } from '../../src/cluster/index.js';
import { resolveOptions } from '../../src/cluster/options.js';
import { blendReplies, countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from '../../src/cluster/vectorize.js';
import { replyShares } from '../../src/cluster/reply-trust.js';
import { nearestNeighbours } from '../../src/cluster/candidates.js';
import { communityPieces, detectCommunities, type WeightedGraph } from '../../src/cluster/communities.js';
import { splitByReplies } from '../../src/cluster/split-by-replies.js';

/**
 * test/fixtures/cluster/small-question-beside-large.csv: "when is the service centre open", asked
 * three times in words close to the sixteen "how is my repair at the service centre going", each
 * with its own reply, beside three other intents. On a log this small community detection keeps
 * them apart; on a real log (hundreds of questions) it merges them, which the tests reproduce by
 * handing splitByReplies one community holding both.
 */
function loadFixture(): { records: { intent: string; lang: Lang; text: string; reply: string }[] } {
  const file = fileURLToPath(new URL('../../../test/fixtures/cluster/small-question-beside-large.csv', import.meta.url));
  return { records: parse(readFileSync(file), { columns: true }) as { intent: string; lang: Lang; text: string; reply: string }[] };
}

const options = resolveOptions();

/** Rows and neighbour graph exactly as clustering builds them (no two questions of the fixture are alike). */
function graphOf(items: ClusterItem[]): { rows: SparseRows; kinds: Uint8Array; graph: WeightedGraph } {
  const { features } = options;
  const counts = countFeatures(items, features, true);
  const rows = weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
  const shares = replyShares(rows, counts.kinds, options);
  if (shares) blendReplies(rows, counts.kinds, shares);
  return { rows, kinds: counts.kinds, graph: symmetric(nearestNeighbours(rows, options.candidates, features.bits)) };
}

function symmetric(knn: { offsets: Int32Array; targets: Int32Array; similarities: Float32Array }): WeightedGraph {
  const n = knn.offsets.length - 1;
  const edges = Array.from({ length: n }, () => [] as [number, number][]);
  for (let i = 0; i < n; i++) {
    for (let e = knn.offsets[i]!; e < knn.offsets[i + 1]!; e++) {
      edges[i]!.push([knn.targets[e]!, knn.similarities[e]!]);
      edges[knn.targets[e]!]!.push([i, knn.similarities[e]!]);
    }
  }
  const offsets = new Int32Array(n + 1);
  edges.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return {
    offsets,
    targets: Int32Array.from(edges.flat(), ([j]) => j),
    weights: Float32Array.from(edges.flat(), ([, w]) => w),
  };
}

/** Repair and opening-hours questions in one community (as a large log leaves them), every other intent in its own. */
function mergedLabels(intents: string[]): Int32Array {
  const order = [...new Set(intents.map((intent) => (intent === 'hours' ? 'repair' : intent)))];
  return Int32Array.from(intents, (intent) => order.indexOf(intent === 'hours' ? 'repair' : intent));
}

function intentsPerGroup(labels: Int32Array, intents: string[]): string[][] {
  const groups = new Map<number, Set<string>>();
  labels.forEach((label, i) => groups.set(label, (groups.get(label) ?? new Set()).add(intents[i]!)));
  return [...groups.values()].map((set) => [...set].sort());
}

describe('splitByReplies', () => {
  const { records } = loadFixture();
  const intents = records.map((r) => r.intent);
  const items = records.map((r, at): ClusterItem => ({ id: at + 1, text: r.text, lang: r.lang, reply: r.reply }));
  const copies = new Float32Array(items.length).fill(1);

  it('cuts the small question out of the large one when the shop answered them differently', () => {
    const { rows, kinds, graph } = graphOf(items);
    const split = splitByReplies(graph, mergedLabels(intents), rows, kinds, copies, options);
    expect(intentsPerGroup(split, intents)).to.have.deep.members([['hours'], ['repair'], ['parcel'], ['return'], ['invoice']]);
  });

  it('finds the small question when the whole log is lumped into one community', () => {
    const { rows, kinds, graph } = graphOf(items);
    const split = splitByReplies(graph, new Int32Array(items.length), rows, kinds, copies, options);
    const groups = intentsPerGroup(split, intents);
    expect(groups).to.deep.include(['hours']);
    expect(groups).to.deep.include(['repair']);
    expect(groups.filter((group) => group.includes('hours') || group.includes('repair'))).to.have.lengthOf(2);
  });

  it('keeps the community whole when the shop gave both the same reply', () => {
    const repairReply = records.find((r) => r.intent === 'repair')!.reply;
    const sameReply = items.map((item, at) => (intents[at] === 'hours' ? { ...item, reply: repairReply } : item));
    const { rows, kinds, graph } = graphOf(sameReply);
    const split = splitByReplies(graph, mergedLabels(intents), rows, kinds, copies, options);
    expect(intentsPerGroup(split, intents)).to.deep.include(['hours', 'repair']);
  });

  it('does not cut one question the shop answered with two macros', () => {
    // Every other repair question gets a second macro that shares no word with the first.
    const otherMacro = 'Naprawa jeszcze trwa; gdy urządzenie będzie gotowe, odezwiemy się telefonicznie.';
    let repairs = 0;
    const twoMacros = items.map((item, at) => (intents[at] === 'repair' && repairs++ % 2 === 1 ? { ...item, reply: otherMacro } : item));
    const { rows, kinds, graph } = graphOf(twoMacros);
    const split = splitByReplies(graph, mergedLabels(intents), rows, kinds, copies, options);
    expect(intentsPerGroup(split, intents)).to.have.deep.members([['hours'], ['repair'], ['parcel'], ['return'], ['invoice']]);
  });

  it('keeps the community whole when the small question was not answered', () => {
    const unanswered = items.map((item, at) => (intents[at] === 'hours' ? { ...item, reply: null } : item));
    const { rows, kinds, graph } = graphOf(unanswered);
    const split = splitByReplies(graph, mergedLabels(intents), rows, kinds, copies, options);
    expect(intentsPerGroup(split, intents)).to.deep.include(['hours', 'repair']);
  });

  it('changes nothing in a log without replies', () => {
    const { rows, kinds, graph } = graphOf(items.map((item) => ({ ...item, reply: null })));
    const labels = mergedLabels(intents);
    expect(splitByReplies(graph, labels, rows, kinds, copies, options)).to.equal(labels);
  });
});

describe('communityPieces', () => {
  /** Two cliques of `big` and 3 nodes, joined by one weak edge, plus a separate clique. */
  function cliques(big: number): WeightedGraph {
    const groups = [Array.from({ length: big }, (_, i) => i), [big, big + 1, big + 2], [big + 3, big + 4, big + 5]];
    const edges: [number, number, number][] = [];
    for (const group of groups) for (const a of group) for (const b of group) if (a !== b) edges.push([a, b, 0.9]);
    edges.push([0, big, 0.3], [big, 0, 0.3]);
    const n = big + 6;
    const offsets = new Int32Array(n + 1);
    for (const [a] of edges) offsets[a + 1]!++;
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const targets = new Int32Array(edges.length);
    const weights = new Float32Array(edges.length);
    for (const [a, b, w] of edges) {
      targets[fill[a]!] = b;
      weights[fill[a]!++] = w;
    }
    return { offsets, targets, weights };
  }

  it('finds the small group inside a community that detection over the whole graph merged', () => {
    const graph = cliques(12);
    // At a resolution low enough, the whole graph sees the small clique as part of the large one.
    const merged = detectCommunities(graph, { ...options.graph, resolution: 0.05 });
    expect(merged[12]).to.equal(merged[0]);
    const pieces = communityPieces(graph, merged, options.graph, 1);
    expect(pieces[12]).to.not.equal(pieces[0]);
    expect(new Set([12, 13, 14].map((i) => pieces[i]))).to.have.lengthOf(1);
    expect(new Set(Array.from({ length: 12 }, (_, i) => pieces[i]))).to.have.lengthOf(1);
  });

  it('never puts nodes of two communities into one piece', () => {
    const graph = cliques(6);
    const labels = Int32Array.from({ length: 12 }, (_, i) => (i < 9 ? 0 : 1));
    const pieces = communityPieces(graph, labels, options.graph, 0.01);
    for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) if (labels[i] !== labels[j]) expect(pieces[i]).to.not.equal(pieces[j]);
  });
});
