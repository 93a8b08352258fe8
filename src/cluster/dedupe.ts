import type { CountRows } from './vectorize.js';

interface Deduplicated {
  /** The distinct rows, in order of first appearance. */
  rows: CountRows;
  /** How many items each distinct row stands for. */
  multiplicity: Float32Array;
  /** Distinct row of each item. */
  rowOf: Int32Array;
}

/**
 * Collapses items whose feature counts are identical (the same question typed the same way,
 * up to case, diacritics and stop words) into one row with a multiplicity. Real logs repeat short
 * questions ("reklamacja", "zwrot") many times: clustering each distinct form once is faster, and
 * the copies no longer fill each other's neighbour lists with trivial matches.
 */
export function dedupeRows(counts: CountRows): Deduplicated {
  const n = counts.offsets.length - 1;
  const rowOf = new Int32Array(n);
  const firstOf = new Map<number, number>();
  /** Next distinct row with the same hash (collisions are chained, not lost). */
  const chain: number[] = [];
  const firstItem: number[] = [];
  for (let i = 0; i < n; i++) {
    const hash = rowHash(counts, i);
    let candidate = firstOf.get(hash);
    let previous = -1;
    while (candidate !== undefined && candidate >= 0 && !sameRow(counts, firstItem[candidate]!, i)) {
      previous = candidate;
      candidate = chain[candidate]! >= 0 ? chain[candidate]! : undefined;
    }
    if (candidate !== undefined && candidate >= 0) {
      rowOf[i] = candidate;
      continue;
    }
    const distinct = firstItem.length;
    firstItem.push(i);
    chain.push(-1);
    if (previous >= 0) chain[previous] = distinct;
    else firstOf.set(hash, distinct);
    rowOf[i] = distinct;
  }

  const count = firstItem.length;
  const multiplicity = new Float32Array(count);
  for (let i = 0; i < n; i++) multiplicity[rowOf[i]!]!++;
  const offsets = new Int32Array(count + 1);
  for (let d = 0; d < count; d++) {
    const i = firstItem[d]!;
    offsets[d + 1] = offsets[d]! + counts.offsets[i + 1]! - counts.offsets[i]!;
  }
  const features = new Int32Array(offsets[count]!);
  const weights = new Float32Array(offsets[count]!);
  const kinds = new Uint8Array(offsets[count]!);
  for (let d = 0; d < count; d++) {
    const from = counts.offsets[firstItem[d]!]!;
    const to = counts.offsets[firstItem[d]! + 1]!;
    features.set(counts.features.subarray(from, to), offsets[d]!);
    weights.set(counts.weights.subarray(from, to), offsets[d]!);
    kinds.set(counts.kinds.subarray(from, to), offsets[d]!);
  }
  return { rows: { offsets, features, weights, kinds }, multiplicity, rowOf };
}

function rowHash(rows: CountRows, i: number): number {
  let hash = 0x811c9dc5;
  for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
    hash = Math.imul(hash ^ rows.features[e]!, 0x01000193);
    hash = Math.imul(hash ^ rows.weights[e]!, 0x01000193);
  }
  return hash >>> 0;
}

function sameRow(rows: CountRows, a: number, b: number): boolean {
  const length = rows.offsets[a + 1]! - rows.offsets[a]!;
  if (length !== rows.offsets[b + 1]! - rows.offsets[b]!) return false;
  for (let k = 0; k < length; k++) {
    const ea = rows.offsets[a]! + k;
    const eb = rows.offsets[b]! + k;
    if (rows.features[ea] !== rows.features[eb] || rows.weights[ea] !== rows.weights[eb]) return false;
  }
  return true;
}
