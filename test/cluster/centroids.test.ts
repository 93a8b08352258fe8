import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import type { Lang } from '../../src/model.js';
import { resolveOptions } from '../../src/cluster/options.js';
import { blendReplies, countFeatures, inverseDocumentFrequency, weighFeatures, type SparseRows } from '../../src/cluster/vectorize.js';
import { FeatureKind } from '../../src/cluster/feature-hash.js';
import { groupByLabel, groupCentroids } from '../../src/cluster/centroids.js';

/** test/fixtures/cluster/small-question-beside-large.csv, weighed as clustering does with every reply at half the row. */
function answeredRows(): { rows: SparseRows; kinds: Uint8Array; intents: string[] } {
  const file = fileURLToPath(new URL('../../../test/fixtures/cluster/small-question-beside-large.csv', import.meta.url));
  const records = parse(readFileSync(file), { columns: true }) as { intent: string; lang: Lang; text: string; reply: string }[];
  const { features } = resolveOptions();
  const counts = countFeatures(records.map((r, at) => ({ id: at + 1, text: r.text, lang: r.lang, reply: r.reply })), features, true);
  const rows = weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
  blendReplies(rows, counts.kinds, new Float32Array(records.length).fill(0.5));
  return { rows, kinds: counts.kinds, intents: records.map((r) => r.intent) };
}

/** Squared norm of the reply part of each centroid. */
function replyMass(centroids: SparseRows, replyFeatures: Set<number>): number[] {
  return Array.from({ length: centroids.offsets.length - 1 }, (_, g) => {
    let sum = 0;
    for (let e = centroids.offsets[g]!; e < centroids.offsets[g + 1]!; e++) if (replyFeatures.has(centroids.features[e]!)) sum += centroids.weights[e]! ** 2;
    return sum;
  });
}

describe('groupCentroids', () => {
  const { rows, kinds, intents } = answeredRows();
  const order = [...new Set(intents)];
  const { heads, members } = groupByLabel(Int32Array.from(intents, (intent) => order.indexOf(intent)), order.length);
  const bits = resolveOptions().features.bits;
  const replyFeatures = new Set(Array.from(rows.features).filter((_, e) => kinds[e] === FeatureKind.Reply));

  it('gives the replies of a topic the share they have in its rows, however many words its questions share', () => {
    const blended = groupCentroids(rows, heads, members, 10_000, bits, undefined, kinds);
    for (const mass of replyMass(blended, replyFeatures)) expect(mass).to.be.closeTo(0.5, 0.02);
  });

  it('differs from a plain mean, where a pasted macro outweighs the scattered wordings', () => {
    // Each topic of the fixture is answered with one macro: its reply parts add up whole, the
    // wordings only where they share words.
    const plain = groupCentroids(rows, heads, members, 10_000, bits);
    expect(Math.min(...replyMass(plain, replyFeatures))).to.be.above(0.6);
  });

  it('is a unit vector either way', () => {
    for (const centroids of [groupCentroids(rows, heads, members, 10_000, bits, undefined, kinds), groupCentroids(rows, heads, members, 10_000, bits)]) {
      for (let g = 0; g < order.length; g++) {
        let norm = 0;
        for (let e = centroids.offsets[g]!; e < centroids.offsets[g + 1]!; e++) norm += centroids.weights[e]! ** 2;
        expect(norm).to.be.closeTo(1, 1e-4);
      }
    }
  });
});
