import type { MergeOptions } from './options.js';
import type { SparseRows } from './vectorize.js';

/**
 * Community detection splits one intent into several topics when its wordings share few words
 * ("zwrot pieniędzy" / "kiedy oddacie kasę"); their centroids still lie close. This joins topics
 * by average linkage on centroid cosine (each topic weighted by its size) until no two groups are
 * closer than `options.similarity`. Pairs are merged in rounds of mutual nearest neighbours, which for
 * average linkage gives the same result as merging the single closest pair at a time.
 * Returns the merged group of each topic, numbered densely.
 */
export function mergeCloseTopics(centroids: SparseRows, sizes: Float64Array, options: MergeOptions, featureBits: number): Int32Array {
  const count = centroids.offsets.length - 1;
  const threshold = options.similarity;
  // Deliberate internal: pairs below half the threshold count as unrelated, which keeps the
  // table small; such a pair matters only averaged with a much closer one after a merge.
  const similar = topicSimilarities(centroids, threshold / 2, options.indexedFeatures, featureBits);
  const size = Float64Array.from(sizes);
  const parent = new Int32Array(count);
  for (let t = 0; t < count; t++) parent[t] = t;
  const alive = new Set<number>();
  for (let t = 0; t < count; t++) if (similar[t]!.size > 0) alive.add(t);

  for (;;) {
    const best = new Map<number, { to: number; sim: number }>();
    for (const a of alive) {
      let to = -1;
      let sim = threshold;
      for (const [b, s] of similar[a]!) {
        if (s > sim || (s === sim && to >= 0 && b < to)) {
          sim = s;
          to = b;
        }
      }
      if (to >= 0) best.set(a, { to, sim });
    }
    let merged = 0;
    for (const [a, { to: b }] of best) {
      if (a > b || best.get(b)?.to !== a || !alive.has(a) || !alive.has(b)) continue;
      // b joins a: a's similarity to every other group becomes the size-weighted average.
      const simA = similar[a]!;
      const simB = similar[b]!;
      const total = size[a]! + size[b]!;
      const others = new Set<number>([...simA.keys(), ...simB.keys()]);
      others.delete(a);
      others.delete(b);
      simA.clear();
      for (const x of others) {
        const s = (size[a]! * (similar[x]!.get(a) ?? 0) + size[b]! * (similar[x]!.get(b) ?? 0)) / total;
        similar[x]!.delete(b);
        if (s > 0) {
          simA.set(x, s);
          similar[x]!.set(a, s);
        } else similar[x]!.delete(a);
      }
      simB.clear();
      size[a] = total;
      parent[b] = a;
      alive.delete(b);
      merged++;
    }
    if (merged === 0) break;
  }

  const root = (t: number): number => {
    while (parent[t] !== t) t = parent[t]!;
    return t;
  };
  const dense = new Int32Array(count).fill(-1);
  const groupOf = new Int32Array(count);
  let next = 0;
  for (let t = 0; t < count; t++) {
    const r = root(t);
    if (dense[r] === -1) dense[r] = next++;
    groupOf[t] = dense[r]!;
  }
  return groupOf;
}

/**
 * Cosine between topic centroids, kept where at least `floor`. Candidate pairs come from an
 * inverted index over each centroid's heaviest features; the kept similarity is exact.
 */
function topicSimilarities(centroids: SparseRows, floor: number, indexed: number, featureBits: number): Map<number, number>[] {
  const count = centroids.offsets.length - 1;
  const heads = new Int32Array((1 << featureBits) + 1);
  const top = (t: number): number => Math.min(centroids.offsets[t + 1]! - centroids.offsets[t]!, indexed);
  // Centroid features are stored heaviest first, so the first entries are the heaviest.
  for (let t = 0; t < count; t++) for (let k = 0; k < top(t); k++) heads[centroids.features[centroids.offsets[t]! + k]! + 1]!++;
  for (let f = 0; f + 1 < heads.length; f++) heads[f + 1]! += heads[f]!;
  const fill = heads.slice(0, heads.length - 1);
  const postings = new Int32Array(heads[heads.length - 1]!);
  for (let t = 0; t < count; t++) for (let k = 0; k < top(t); k++) postings[fill[centroids.features[centroids.offsets[t]! + k]!]!++] = t;

  const dense = new Float32Array(1 << featureBits);
  const seen = new Uint8Array(count);
  const candidates: number[] = [];
  const similar = Array.from({ length: count }, () => new Map<number, number>());
  for (let a = 0; a < count; a++) {
    for (let e = centroids.offsets[a]!; e < centroids.offsets[a + 1]!; e++) dense[centroids.features[e]!] = centroids.weights[e]!;
    for (let k = 0; k < top(a); k++) {
      const f = centroids.features[centroids.offsets[a]! + k]!;
      for (let p = heads[f]!; p < heads[f + 1]!; p++) {
        const b = postings[p]!;
        if (b > a && !seen[b]) {
          seen[b] = 1;
          candidates.push(b);
        }
      }
    }
    for (const b of candidates) {
      seen[b] = 0;
      let sim = 0;
      for (let e = centroids.offsets[b]!; e < centroids.offsets[b + 1]!; e++) sim += centroids.weights[e]! * dense[centroids.features[e]!]!;
      if (sim >= floor) {
        similar[a]!.set(b, sim);
        similar[b]!.set(a, sim);
      }
    }
    candidates.length = 0;
    for (let e = centroids.offsets[a]!; e < centroids.offsets[a + 1]!; e++) dense[centroids.features[e]!] = 0;
  }
  return similar;
}
