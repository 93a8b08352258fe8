import type { SparseRows } from './vectorize.js';

/**
 * Topic centroids indexed by feature slot, to score a question against every topic that shares
 * a feature with it: cost grows with the questions' features, not questions x topics.
 */
export class CentroidIndex {
  /** Slot f's postings are entries heads[f]..heads[f+1] of `topics` and `weights`. */
  private readonly heads: Int32Array;
  private readonly topics: Int32Array;
  private readonly weights: Float32Array;
  /** Word cosine of the last scored row with each topic; only `touched` ones are non-zero. */
  readonly score: Float64Array;
  readonly touched: number[] = [];

  constructor(centroids: SparseRows, topicCount: number, featureBits: number) {
    const slots = 1 << featureBits;
    const heads = new Int32Array(slots + 1);
    for (let e = 0; e < centroids.offsets[topicCount]!; e++) heads[centroids.features[e]! + 1]!++;
    for (let f = 0; f < slots; f++) heads[f + 1]! += heads[f]!;
    const fill = heads.slice(0, slots);
    this.topics = new Int32Array(heads[slots]!);
    this.weights = new Float32Array(this.topics.length);
    for (let t = 0; t < topicCount; t++) {
      for (let e = centroids.offsets[t]!; e < centroids.offsets[t + 1]!; e++) {
        const at = fill[centroids.features[e]!]!++;
        this.topics[at] = t;
        this.weights[at] = centroids.weights[e]!;
      }
    }
    this.heads = heads;
    this.score = new Float64Array(topicCount);
  }

  /** Scores row k of `rows` into `score`, the topics it touches into `touched`. Call `clear` after reading them. */
  scoreRow(rows: SparseRows, k: number): void {
    for (let e = rows.offsets[k]!; e < rows.offsets[k + 1]!; e++) {
      const f = rows.features[e]!;
      const w = rows.weights[e]!;
      if (w === 0) continue;
      for (let p = this.heads[f]!; p < this.heads[f + 1]!; p++) {
        const topic = this.topics[p]!;
        if (this.score[topic] === 0) this.touched.push(topic);
        this.score[topic]! += w * this.weights[p]!;
      }
    }
  }

  clear(): void {
    for (const topic of this.touched) this.score[topic] = 0;
    this.touched.length = 0;
  }
}
