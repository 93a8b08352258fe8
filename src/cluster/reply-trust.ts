import type { ClusterOptions } from './options.js';
import { FeatureKind } from './feature-hash.js';
import { dedupeRows } from './dedupe.js';
import { nearestNeighbours } from './candidates.js';
import { groupByLabel } from './centroids.js';
import type { CountRows, SparseRows } from './vectorize.js';

/**
 * The share of each row its reply takes (`replies.weight` x trust), or null when no row has a
 * reply (text imports, labelled data sets): then nothing changes.
 */
export function replyShares(rows: SparseRows, kinds: Uint8Array, options: ClusterOptions): Float32Array | null {
  if (options.replies.weight <= 0 || !kinds.includes(FeatureKind.Reply)) return null;
  const trust = replyTrust(rows, kinds, options);
  for (let i = 0; i < trust.length; i++) trust[i]! *= options.replies.weight;
  return trust;
}

/**
 * How far each row's reply tells which question was asked, 0..1, judged from the data alone.
 * The questions answered with a reply and with its closest other replies (the same macro, or
 * the same answer retyped) are compared with each other: a reply kept for one question gathers
 * questions that are alike, a generic one ("please call us") gathers questions no more alike
 * than any random pair. Trust runs from 0 at the data set's random-pair coherence to 1 at its
 * typical reply's coherence (`replies.typicalQuantile`), so it needs no threshold tuned to one
 * shop. A reply with no close other reply is evidence of nothing and gets 0.
 * `rows` are weighed (unit question part, unit reply part), before blending.
 */
export function replyTrust(rows: SparseRows, kinds: Uint8Array, options: ClusterOptions): Float32Array {
  const n = rows.offsets.length - 1;
  const trust = new Float32Array(n);
  const { parts, answered } = replyParts(rows, kinds);
  if (answered.length < 2) return trust;
  // A macro pasted under a thousand questions is one reply with a thousand questions.
  const replies = dedupeRows(parts);
  const replyCount = replies.multiplicity.length;
  const questionsOf = groupByLabel(replies.rowOf, replyCount);
  const sameAnswer = nearestNeighbours(
    replies.rows,
    { ...options.candidates, neighbours: options.replies.neighbours, minSimilarity: options.replies.sameAnswer },
    options.features.bits,
  );

  const sum = new DenseSum(options.features.bits);
  for (const row of answered) sum.add(rows, kinds, row);
  const randomPair = sum.meanPairCosine();
  sum.clear();

  // Each reply's own first questions, and the first question of each close reply.
  const sample = options.replies.neighbours;
  const coherence = new Float64Array(replyCount).fill(Number.NaN);
  for (let r = 0; r < replyCount; r++) {
    const own = questionsOf.heads[r]!;
    for (let m = own; m < Math.min(questionsOf.heads[r + 1]!, own + sample); m++) sum.add(rows, kinds, answered[questionsOf.members[m]!]!);
    for (let e = sameAnswer.offsets[r]!; e < sameAnswer.offsets[r + 1]!; e++) {
      sum.add(rows, kinds, answered[questionsOf.members[questionsOf.heads[sameAnswer.targets[e]!]!]!]!);
    }
    if (sum.count >= 2) coherence[r] = sum.meanPairCosine();
    sum.clear();
  }

  const typical = quantile(
    Array.from(replies.rowOf, (r) => coherence[r]!).filter((c) => !Number.isNaN(c)),
    options.replies.typicalQuantile,
  );
  if (typical === null || typical <= randomPair) return trust;
  for (let a = 0; a < answered.length; a++) {
    const c = coherence[replies.rowOf[a]!]!;
    if (!Number.isNaN(c)) trust[answered[a]!] = Math.min(1, Math.max(0, (c - randomPair) / (typical - randomPair)));
  }
  return trust;
}

/** The reply part of every row that has one, as rows of their own; `answered[k]` = row of part k. */
function replyParts(rows: SparseRows, kinds: Uint8Array): { parts: CountRows; answered: Int32Array } {
  const answered: number[] = [];
  const offsets: number[] = [0];
  const entries: number[] = [];
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    const before = entries.length;
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) if (kinds[e] === FeatureKind.Reply && rows.weights[e]! > 0) entries.push(e);
    if (entries.length === before) continue;
    answered.push(i);
    offsets.push(entries.length);
  }
  const at = Int32Array.from(entries);
  return {
    parts: {
      offsets: Int32Array.from(offsets),
      features: at.map((e) => rows.features[e]!),
      weights: Float32Array.from(at, (e) => rows.weights[e]!),
      kinds: new Uint8Array(at.length).fill(FeatureKind.Reply),
    },
    answered: Int32Array.from(answered),
  };
}

/** A running sum of question parts, for the mean cosine of the pairs among them. */
class DenseSum {
  private readonly dense: Float64Array;
  private readonly touched: number[] = [];
  private selfSquares = 0;
  count = 0;

  constructor(featureBits: number) {
    this.dense = new Float64Array(1 << featureBits);
  }

  add(rows: SparseRows, kinds: Uint8Array, row: number): void {
    let norm = 0;
    for (let e = rows.offsets[row]!; e < rows.offsets[row + 1]!; e++) {
      if (kinds[e] === FeatureKind.Reply) continue;
      const f = rows.features[e]!;
      const w = rows.weights[e]!;
      if (this.dense[f] === 0) this.touched.push(f);
      this.dense[f]! += w;
      norm += w * w;
    }
    if (norm === 0) return;
    this.selfSquares += norm;
    this.count++;
  }

  /** (|sum|^2 - sum of |q|^2) / pairs: the mean cosine of distinct pairs of unit vectors. */
  meanPairCosine(): number {
    let total = 0;
    for (const f of this.touched) total += this.dense[f]! * this.dense[f]!;
    return (total - this.selfSquares) / (this.count * (this.count - 1));
  }

  clear(): void {
    for (const f of this.touched) this.dense[f] = 0;
    this.touched.length = 0;
    this.selfSquares = 0;
    this.count = 0;
  }
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
}
