import type { ClusterOptions } from './options.js';
import { FeatureKind } from './feature-hash.js';
import { dedupeRows } from './dedupe.js';
import { nearestNeighbours, type NeighbourGraph } from './candidates.js';
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
 * How far each row's reply tells which question was asked, 0..1, judged from the data alone by
 * two kinds of evidence; a reply is trusted as far as the stronger one goes:
 * - agreement: questions worded alike mostly ask the same thing, so a reply kept for one
 *   question is given again (or retyped) to its questions' wording neighbours far more often
 *   than its share of all replies. A generic reply ("please call us") lands on them no more
 *   often than chance, since their askers usually got the real answer.
 * - coherence: the questions answered with a reply and its close replies are more alike than
 *   random questions. Generic replies gather questions about anything.
 * Each runs from 0 (chance) to 1 at the data set's typical reply (`replies.typicalQuantile`),
 * so no threshold is tuned to one shop. A reply with no evidence either way gets 0 and its
 * question clusters on wording. `rows` are weighed (unit question and reply parts), unblended.
 */
export function replyTrust(rows: SparseRows, kinds: Uint8Array, options: ClusterOptions): Float32Array {
  const trust = new Float32Array(rows.offsets.length - 1);
  const { parts, answered } = replyParts(rows, kinds);
  if (answered.length < 2) return trust;
  // A macro pasted under a thousand questions is one reply with a thousand questions.
  const replies = dedupeRows(parts);
  const { neighbours, sameAnswer, typicalQuantile } = options.replies;
  const closeReplies = nearestNeighbours(replies.rows, { ...options.candidates, neighbours, minSimilarity: sameAnswer }, options.features.bits);
  const agreement = wordingAgreement(rows, kinds, answered, replies, closeReplies, options);
  const { coherence, randomPair } = questionCoherence(rows, kinds, answered, replies, closeReplies, options);

  const typical = (values: Float64Array): number | null =>
    quantile(Array.from(replies.rowOf, (r) => values[r]!).filter((v) => !Number.isNaN(v)), typicalQuantile);
  const typicalAgreement = typical(agreement);
  const typicalCoherence = typical(coherence);
  const scaled = (value: number, zero: number, full: number | null): number =>
    Number.isNaN(value) || full === null || full <= zero ? 0 : Math.min(1, Math.max(0, (value - zero) / (full - zero)));
  for (let a = 0; a < answered.length; a++) {
    const r = replies.rowOf[a]!;
    trust[answered[a]!] = Math.max(scaled(agreement[r]!, 0, typicalAgreement), scaled(coherence[r]!, randomPair, typicalCoherence));
  }
  return trust;
}

interface DistinctReplies {
  rows: SparseRows;
  multiplicity: Float32Array;
  rowOf: Int32Array;
}

/**
 * Per distinct reply: the share of its (first `replies.neighbours`) questions' wording neighbours
 * answered with it or a close reply, corrected for chance (Cohen's kappa against the share of all answered questions those
 * replies take). NaN when none of its questions has a wording neighbour.
 */
function wordingAgreement(
  rows: SparseRows,
  kinds: Uint8Array,
  answered: Int32Array,
  replies: DistinctReplies,
  closeReplies: NeighbourGraph,
  options: ClusterOptions,
): Float64Array {
  const replyCount = replies.multiplicity.length;
  const sample = options.replies.neighbours;
  // A reply's first few questions tell as much as all its thousands: only they look for neighbours.
  const questionsOf = groupByLabel(replies.rowOf, replyCount);
  const queries: number[] = [];
  for (let r = 0; r < replyCount; r++) {
    const first = questionsOf.heads[r]!;
    for (let m = first; m < Math.min(questionsOf.heads[r + 1]!, first + sample); m++) queries.push(questionsOf.members[m]!);
  }
  const asked = Int32Array.from(queries);
  const wording = nearestNeighbours(questionParts(rows, kinds, answered), { ...options.candidates, neighbours: sample }, options.features.bits, null, asked);
  const close = (r: number, other: number): boolean => {
    if (r === other) return true;
    for (let e = closeReplies.offsets[r]!; e < closeReplies.offsets[r + 1]!; e++) if (closeReplies.targets[e] === other) return true;
    return false;
  };
  const agreeing = new Float64Array(replyCount);
  const judged = new Float64Array(replyCount);
  for (let q = 0; q < asked.length; q++) {
    const r = replies.rowOf[asked[q]!]!;
    for (let e = wording.offsets[q]!; e < wording.offsets[q + 1]!; e++) {
      judged[r]!++;
      if (close(r, replies.rowOf[wording.targets[e]!]!)) agreeing[r]!++;
    }
  }
  const agreement = new Float64Array(replyCount).fill(Number.NaN);
  for (let r = 0; r < replyCount; r++) {
    if (judged[r] === 0) continue;
    let share = replies.multiplicity[r]!;
    for (let e = closeReplies.offsets[r]!; e < closeReplies.offsets[r + 1]!; e++) share += replies.multiplicity[closeReplies.targets[e]!]!;
    share /= answered.length;
    agreement[r] = share < 1 ? (agreeing[r]! / judged[r]! - share) / (1 - share) : 0;
  }
  return agreement;
}

/**
 * Per distinct reply: the mean question cosine among its first questions and the first question
 * of each close reply (NaN when fewer than two), beside that of random pairs of answered questions.
 */
function questionCoherence(
  rows: SparseRows,
  kinds: Uint8Array,
  answered: Int32Array,
  replies: DistinctReplies,
  closeReplies: NeighbourGraph,
  options: ClusterOptions,
): { coherence: Float64Array; randomPair: number } {
  const replyCount = replies.multiplicity.length;
  const questionsOf = groupByLabel(replies.rowOf, replyCount);
  const sum = new DenseSum(options.features.bits);
  for (const row of answered) sum.add(rows, kinds, row);
  const randomPair = sum.meanPairCosine();
  sum.clear();
  const sample = options.replies.neighbours;
  const coherence = new Float64Array(replyCount).fill(Number.NaN);
  for (let r = 0; r < replyCount; r++) {
    const own = questionsOf.heads[r]!;
    for (let m = own; m < Math.min(questionsOf.heads[r + 1]!, own + sample); m++) sum.add(rows, kinds, answered[questionsOf.members[m]!]!);
    for (let e = closeReplies.offsets[r]!; e < closeReplies.offsets[r + 1]!; e++) {
      sum.add(rows, kinds, answered[questionsOf.members[questionsOf.heads[closeReplies.targets[e]!]!]!]!);
    }
    if (sum.count >= 2) coherence[r] = sum.meanPairCosine();
    sum.clear();
  }
  return { coherence, randomPair };
}

/** The question part of the given rows, as rows of their own. */
function questionParts(rows: SparseRows, kinds: Uint8Array, of: Int32Array): SparseRows {
  const keep = (e: number): boolean => kinds[e] !== FeatureKind.Reply;
  return entriesOf(rows, of, keep);
}

/** The reply part of every row that has one, as rows of their own; `answered[k]` = row of part k. */
function replyParts(rows: SparseRows, kinds: Uint8Array): { parts: CountRows; answered: Int32Array } {
  const keep = (e: number): boolean => kinds[e] === FeatureKind.Reply && rows.weights[e]! > 0;
  const answered: number[] = [];
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
      if (keep(e)) {
        answered.push(i);
        break;
      }
    }
  }
  const of = Int32Array.from(answered);
  const parts = entriesOf(rows, of, keep);
  return { parts: { ...parts, kinds: new Uint8Array(parts.features.length).fill(FeatureKind.Reply) }, answered: of };
}

/** The entries `keep` accepts of rows `of`, as rows of their own (typed arrays sized in a first pass). */
function entriesOf(rows: SparseRows, of: Int32Array, keep: (e: number) => boolean): SparseRows {
  const offsets = new Int32Array(of.length + 1);
  of.forEach((row, k) => {
    let count = 0;
    for (let e = rows.offsets[row]!; e < rows.offsets[row + 1]!; e++) if (keep(e)) count++;
    offsets[k + 1] = offsets[k]! + count;
  });
  const features = new Int32Array(offsets[of.length]!);
  const weights = new Float32Array(features.length);
  let at = 0;
  for (const row of of) {
    for (let e = rows.offsets[row]!; e < rows.offsets[row + 1]!; e++) {
      if (!keep(e)) continue;
      features[at] = rows.features[e]!;
      weights[at++] = rows.weights[e]!;
    }
  }
  return { offsets, features, weights };
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
