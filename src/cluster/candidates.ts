import type { CandidateOptions } from './options.js';
import type { SparseRows } from './vectorize.js';
import { latentCosine, mixLatent, type LatentVectors } from './latent.js';

/** The k nearest neighbours of every item: row i is offsets[i]..offsets[i+1], most similar first. */
export interface NeighbourGraph {
  offsets: Int32Array;
  targets: Int32Array;
  similarities: Float32Array;
}

/**
 * Inverted index over each item's heaviest features only. A long posting list (a common word)
 * is capped to the items for which that feature weighs most.
 */
function buildIndex(rows: SparseRows, options: CandidateOptions, featureBits: number): { heads: Int32Array; items: Int32Array; weights: Float32Array; chosen: Int32Array } {
  const size = 1 << featureBits;
  const count = rows.offsets.length - 1;
  const top = options.indexedFeatures;
  const chosen = new Int32Array(count * top).fill(-1);
  const heads = new Int32Array(size + 1);
  for (let i = 0; i < count; i++) {
    const start = rows.offsets[i]!;
    const end = rows.offsets[i + 1]!;
    // Selection of the `top` heaviest entries by repeated insertion; rows are short.
    let taken = 0;
    for (let e = start; e < end; e++) {
      const w = rows.weights[e]!;
      if (w <= 0) continue;
      let slot = taken < top ? taken++ : top;
      while (slot > 0 && rows.weights[chosen[i * top + slot - 1]!]! < w) {
        if (slot < top) chosen[i * top + slot] = chosen[i * top + slot - 1]!;
        slot--;
      }
      if (slot < top) chosen[i * top + slot] = e;
    }
    for (let t = 0; t < taken; t++) heads[rows.features[chosen[i * top + t]!]! + 1]!++;
  }
  for (let f = 0; f < size; f++) heads[f + 1]! += heads[f]!;
  const fill = heads.slice(0, size);
  const items = new Int32Array(heads[size]!);
  const weights = new Float32Array(heads[size]!);
  for (let i = 0; i < count; i++) {
    for (let t = 0; t < top; t++) {
      const e = chosen[i * top + t]!;
      if (e < 0) break;
      const at = fill[rows.features[e]!]!++;
      items[at] = i;
      weights[at] = rows.weights[e]!;
    }
  }
  for (let f = 0; f < size; f++) {
    const start = heads[f]!;
    const end = heads[f + 1]!;
    if (end - start > options.maxPostingsScanned) selectHeaviest(items, weights, start, end, options.maxPostingsScanned);
  }
  return { heads, items, weights, chosen };
}

/**
 * Moves the `count` heaviest postings of [start, end) to its front, in no particular order
 * (quickselect): only they are ever scanned, so sorting the whole list would be wasted work.
 */
export function selectHeaviest(items: Int32Array, weights: Float32Array, start: number, end: number, count: number): void {
  const target = start + count - 1;
  let lo = start;
  let hi = end - 1;
  while (lo < hi) {
    const pivot = weights[(lo + hi) >>> 1]!;
    let a = lo;
    let b = hi;
    while (a <= b) {
      while (weights[a]! > pivot) a++;
      while (weights[b]! < pivot) b--;
      if (a <= b) {
        const item = items[a]!;
        items[a] = items[b]!;
        items[b] = item;
        const weight = weights[a]!;
        weights[a] = weights[b]!;
        weights[b] = weight;
        a++;
        b--;
      }
    }
    if (target <= b) hi = b;
    else if (target >= a) lo = a;
    else break;
  }
}

/**
 * Approximate k-nearest-neighbour graph without comparing all pairs: candidates come from the
 * index (items sharing a heavy feature), are pre-scored on those shared features, and only the
 * best few get an exact cosine (mixed with the latent cosine when given). Cost grows with the
 * number of items, not its square. With `queries`, only those rows look for neighbours (among
 * all rows), and row k of the graph is `queries[k]`'s.
 */
export function nearestNeighbours(
  rows: SparseRows,
  options: CandidateOptions,
  featureBits: number,
  latent: LatentVectors | null = null,
  queries: Int32Array | null = null,
): NeighbourGraph {
  const count = rows.offsets.length - 1;
  const queryCount = queries ? queries.length : count;
  const k = options.neighbours;
  const shortlist = k * options.shortlistFactor;
  const index = buildIndex(rows, options, featureBits);
  const query = new QueryTable(longestRow(rows));
  const partial = new Float32Array(count);
  const touched = new Int32Array(count);
  const shortIds = new Int32Array(shortlist);
  const shortScores = new Float32Array(shortlist);
  const bestIds = new Int32Array(k);
  const bestSims = new Float32Array(k);
  const offsets = new Int32Array(queryCount + 1);
  const targets = new Int32Array(queryCount * k);
  const similarities = new Float32Array(queryCount * k);
  let edges = 0;

  for (let q = 0; q < queryCount; q++) {
    const i = queries ? queries[q]! : q;
    const start = rows.offsets[i]!;
    const end = rows.offsets[i + 1]!;
    for (let e = start; e < end; e++) query.add(rows.features[e]!, rows.weights[e]!);

    let touchedCount = 0;
    // Querying with the same heavy features keeps the work per item bounded.
    for (let t = 0; t < options.indexedFeatures; t++) {
      const e = index.chosen[i * options.indexedFeatures + t]!;
      if (e < 0) break;
      const f = rows.features[e]!;
      const from = index.heads[f]!;
      const to = Math.min(index.heads[f + 1]!, from + options.maxPostingsScanned);
      if (from === to) continue;
      const w = rows.weights[e]!;
      for (let p = from; p < to; p++) {
        const j = index.items[p]!;
        if (j === i) continue;
        if (partial[j] === 0) touched[touchedCount++] = j;
        partial[j]! += w * index.weights[p]!;
      }
    }

    let shortCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      const score = partial[j]!;
      partial[j] = 0;
      shortCount = insertTop(shortIds, shortScores, shortCount, shortlist, j, score);
    }

    let bestCount = 0;
    for (let s = 0; s < shortCount; s++) {
      const j = shortIds[s]!;
      let sim = 0;
      for (let e = rows.offsets[j]!, last = rows.offsets[j + 1]!; e < last; e++) sim += rows.weights[e]! * query.get(rows.features[e]!);
      if (latent) sim = mixLatent(sim, latentCosine(latent, i, j), latent.weight);
      if (sim >= options.minSimilarity) bestCount = insertTop(bestIds, bestSims, bestCount, k, j, sim);
    }
    query.clear();

    for (let b = 0; b < bestCount; b++) {
      targets[edges] = bestIds[b]!;
      similarities[edges] = bestSims[b]!;
      edges++;
    }
    offsets[q + 1] = edges;
  }
  return { offsets, targets: targets.subarray(0, edges), similarities: similarities.subarray(0, edges) };
}

/** Keeps `ids`/`scores` as a descending top list of at most `limit`; returns the new length. */
function insertTop(ids: Int32Array, scores: Float32Array, length: number, limit: number, id: number, score: number): number {
  if (length === limit && scores[limit - 1]! >= score) return length;
  let slot = length < limit ? length++ : limit - 1;
  while (slot > 0 && scores[slot - 1]! < score) {
    ids[slot] = ids[slot - 1]!;
    scores[slot] = scores[slot - 1]!;
    slot--;
  }
  ids[slot] = id;
  scores[slot] = score;
  return length;
}

function longestRow(rows: SparseRows): number {
  let longest = 0;
  for (let i = 0; i + 1 < rows.offsets.length; i++) longest = Math.max(longest, rows.offsets[i + 1]! - rows.offsets[i]!);
  return longest;
}

/**
 * The query row as a small open-addressing hash table. Exact cosines look up every feature of
 * every shortlisted candidate; a table sized to one row stays in the L1 cache, where a dense
 * array over the whole feature space (megabytes) would miss on almost every lookup.
 */
class QueryTable {
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  private readonly used: Int32Array;
  private readonly mask: number;
  private usedCount = 0;

  constructor(maxEntries: number) {
    let size = 64;
    while (size < maxEntries * 4) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Float32Array(size);
    this.used = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Adds to a feature's weight (two families may hash to the same slot). Features are already hashes. */
  add(feature: number, weight: number): void {
    let slot = feature & this.mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== feature) slot = (slot + 1) & this.mask;
    if (this.keys[slot] === -1) {
      this.keys[slot] = feature;
      this.used[this.usedCount++] = slot;
    }
    this.values[slot]! += weight;
  }

  get(feature: number): number {
    let slot = feature & this.mask;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === feature) return this.values[slot]!;
      if (key === -1) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  clear(): void {
    for (let u = 0; u < this.usedCount; u++) {
      const slot = this.used[u]!;
      this.keys[slot] = -1;
      this.values[slot] = 0;
    }
    this.usedCount = 0;
  }
}
