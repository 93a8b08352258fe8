import type { ClusterOptions } from './options.js';
import type { SparseRows } from './vectorize.js';
import { latentCosine, type LatentVectors } from './latent.js';

/** The k nearest neighbours of every item: row i is offsets[i]..offsets[i+1], most similar first. */
export interface NeighbourGraph {
  offsets: Int32Array;
  targets: Int32Array;
  similarities: Float32Array;
}

/**
 * Inverted index over each item's heaviest features only. A posting list is ordered by how much
 * the feature weighs in each item, so capping a long list (a common word) keeps the items for
 * which that word matters most.
 */
function buildIndex(rows: SparseRows, options: ClusterOptions): { heads: Int32Array; items: Int32Array; weights: Float32Array; chosen: Int32Array } {
  const size = 1 << options.featureBits;
  const count = rows.offsets.length - 1;
  const top = options.candidateFeatures;
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
    if (end - start > options.maxPostingsScanned) sortByWeight(items, weights, start, end);
  }
  return { heads, items, weights, chosen };
}

function sortByWeight(items: Int32Array, weights: Float32Array, start: number, end: number): void {
  const order = Array.from({ length: end - start }, (_, k) => start + k);
  order.sort((a, b) => weights[b]! - weights[a]!);
  const sortedItems = order.map((k) => items[k]!);
  const sortedWeights = order.map((k) => weights[k]!);
  items.set(sortedItems, start);
  weights.set(sortedWeights, start);
}

/**
 * Approximate k-nearest-neighbour graph without comparing all pairs: candidates come from the
 * index (items sharing a heavy feature), are pre-scored on those shared features, and only the
 * best few get an exact cosine (mixed with the latent cosine when given). Cost grows with the
 * number of items, not its square.
 */
export function nearestNeighbours(rows: SparseRows, options: ClusterOptions, latent: LatentVectors | null = null): NeighbourGraph {
  const count = rows.offsets.length - 1;
  const k = options.neighbours;
  const shortlist = k * 3;
  const index = buildIndex(rows, options);
  const dense = new Float32Array(1 << options.featureBits);
  const partial = new Float32Array(count);
  const touched = new Int32Array(count);
  const shortIds = new Int32Array(shortlist);
  const shortScores = new Float32Array(shortlist);
  const bestIds = new Int32Array(k);
  const bestSims = new Float32Array(k);
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(count * k);
  const similarities = new Float32Array(count * k);
  let edges = 0;

  for (let i = 0; i < count; i++) {
    const start = rows.offsets[i]!;
    const end = rows.offsets[i + 1]!;
    for (let e = start; e < end; e++) dense[rows.features[e]!]! += rows.weights[e]!;

    let touchedCount = 0;
    // Querying with the same heavy features keeps the work per item bounded.
    for (let t = 0; t < options.candidateFeatures; t++) {
      const e = index.chosen[i * options.candidateFeatures + t]!;
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
      for (let e = rows.offsets[j]!, last = rows.offsets[j + 1]!; e < last; e++) sim += rows.weights[e]! * dense[rows.features[e]!]!;
      if (latent) sim = (1 - options.latentWeight) * sim + options.latentWeight * latentCosine(latent, i, j);
      if (sim >= options.minSimilarity) bestCount = insertTop(bestIds, bestSims, bestCount, k, j, sim);
    }
    for (let e = start; e < end; e++) dense[rows.features[e]!] = 0;

    for (let b = 0; b < bestCount; b++) {
      targets[edges] = bestIds[b]!;
      similarities[edges] = bestSims[b]!;
      edges++;
    }
    offsets[i + 1] = edges;
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
