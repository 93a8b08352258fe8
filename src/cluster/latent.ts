import type { LatentOptions } from './options.js';
import type { SparseRows } from './vectorize.js';

/**
 * Latent semantic vectors (LSA) learned from the questions themselves: a truncated SVD of the
 * TF-IDF matrix. Words that keep the same company ("reklamacja", "gwarancja", "naprawa") end up
 * on the same latent axes, so two wordings of one question that share few words still come out
 * close. Randomized subspace iteration (Halko et al.) works on the sparse rows directly, one row
 * at a time, so the cost is a few passes over the non-zeros and memory is vocabulary x dims.
 */
export interface LatentVectors {
  /** Unit vector of row i at `dims * i`; all zeros for a row with no known feature. */
  vectors: Float32Array;
  dims: number;
  /** Share of the latent cosine when it is mixed with the word cosine. */
  weight: number;
  /** Projection of rows that were not in the data: see projectLatent. */
  projection: LatentProjection;
}

/** The learned axes: feature slot -> its column (-1 outside the latent vocabulary) -> `dims` weights. */
export interface LatentProjection {
  column: Int32Array;
  axes: Float32Array;
  dims: number;
  /** Entries of this feature kind stay out of the latent space (char n-grams). */
  unusableKind: number;
}

/** Deliberate internal: the random start of the SVD is fixed, so that every run gives the same topics. */
const RANDOM_SEED = 0x9e3779b9;

/**
 * Entries of `unusableKind` stay out of the latent space (char n-grams: they cost most and add
 * little that the words and stems do not already say).
 */
export function latentVectors(rows: SparseRows, kinds: Uint8Array, unusableKind: number, copies: Float32Array, options: LatentOptions, featureBits: number): LatentVectors {
  const n = rows.offsets.length - 1;
  const dims = options.dimensions;
  const { rows: compact, size, column } = restrict(rows, kinds, unusableKind, options.vocabulary, featureBits);
  const rank = Math.min(dims + options.oversample, size);
  const vectors = new Float32Array(n * dims);
  if (rank < 2) return { vectors, dims, weight: options.weight, projection: { column: column.fill(-1), axes: new Float32Array(0), dims, unusableKind } };

  // Q spans (approximately) the top right singular vectors of A: Q <- orth((AᵀA)^q Ω).
  let basis = orthonormalise(gaussian(size * rank, RANDOM_SEED), size, rank);
  for (let q = 0; q < options.powerIterations; q++) basis = orthonormalise(gramTimes(compact, copies, basis, rank), size, rank);
  // Small eigenproblem: (AQ)ᵀ(AQ) = W Λ Wᵀ; the right singular vectors are Q W.
  const small = projectedGram(compact, copies, basis, rank);
  const { vectors: w, values } = symmetricEigen(small, rank);
  const order = Array.from({ length: rank }, (_, k) => k).sort((a, b) => values[b]! - values[a]!).slice(0, Math.min(dims, rank));
  const right = new Float32Array(size * dims);
  for (let f = 0; f < size; f++) {
    for (let d = 0; d < order.length; d++) {
      let s = 0;
      for (let k = 0; k < rank; k++) s += basis[f * rank + k]! * w[k * rank + order[d]!]!;
      right[f * dims + d] = s;
    }
  }
  for (let i = 0; i < n; i++) {
    const out = i * dims;
    for (let e = compact.offsets[i]!; e < compact.offsets[i + 1]!; e++) {
      const f = compact.features[e]!;
      const x = compact.weights[e]!;
      for (let d = 0; d < dims; d++) vectors[out + d]! += x * right[f * dims + d]!;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += vectors[out + d]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) vectors[out + d]! *= scale;
  }
  return { vectors, dims, weight: options.weight, projection: { column, axes: right, dims, unusableKind } };
}

/**
 * The unit latent vector of one weighed row (entries `from..to` of `rows`) written into `out`,
 * as latentVectors would have given it had the row been among the data: how questions placed on
 * topics learned from a sample get their latent half.
 */
export function projectLatent(projection: LatentProjection, rows: SparseRows, kinds: Uint8Array, from: number, to: number, out: Float32Array): void {
  const { column, axes, dims, unusableKind } = projection;
  out.fill(0);
  for (let e = from; e < to; e++) {
    const c = column[rows.features[e]!]!;
    const x = rows.weights[e]!;
    if (c < 0 || x <= 0 || kinds[e] === unusableKind) continue;
    for (let d = 0; d < dims; d++) out[d]! += x * axes[c * dims + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += out[d]! ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dims; d++) out[d]! *= scale;
}

/** Cosine of rows i and j in the latent space (both unit or zero). */
export function latentCosine(latent: LatentVectors, i: number, j: number): number {
  const { vectors, dims } = latent;
  let s = 0;
  for (let d = 0, a = i * dims, b = j * dims; d < dims; d++) s += vectors[a + d]! * vectors[b + d]!;
  return s;
}

/**
 * The rows cut down to the latent vocabulary, features renumbered to dense columns. Features of
 * a single question cannot be placed by co-occurrence; past `vocabulary` the most frequent stay.
 */
function restrict(
  rows: SparseRows,
  kinds: Uint8Array,
  unusableKind: number,
  vocabulary: number,
  featureBits: number,
): { rows: SparseRows; size: number; column: Int32Array } {
  const frequency = new Int32Array(1 << featureBits);
  for (let e = 0; e < rows.features.length; e++) if (kinds[e] !== unusableKind && rows.weights[e]! > 0) frequency[rows.features[e]!]!++;
  const used: number[] = [];
  for (let f = 0; f < frequency.length; f++) if (frequency[f]! > 1) used.push(f);
  if (used.length > vocabulary) {
    used.sort((a, b) => frequency[b]! - frequency[a]! || a - b);
    used.length = vocabulary;
  }
  const column = new Int32Array(1 << featureBits).fill(-1);
  used.forEach((f, c) => (column[f] = c));
  const n = rows.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  let kept = 0;
  for (let e = 0; e < rows.features.length; e++) if (kinds[e] !== unusableKind && column[rows.features[e]!]! >= 0 && rows.weights[e]! > 0) kept++;
  const features = new Int32Array(kept);
  const weights = new Float32Array(kept);
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
      const c = column[rows.features[e]!]!;
      if (kinds[e] === unusableKind || c < 0 || rows.weights[e]! <= 0) continue;
      features[at] = c;
      weights[at++] = rows.weights[e]!;
    }
    offsets[i + 1] = at;
  }
  return { rows: { offsets, features, weights }, size: used.length, column };
}

/** y = row i of A times X (X of shape size x rank), written into `y`. */
function projectRow(rows: SparseRows, i: number, x: Float64Array, rank: number, y: Float64Array): void {
  y.fill(0);
  for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
    const f = rows.features[e]!;
    const v = rows.weights[e]!;
    for (let k = 0; k < rank; k++) y[k]! += v * x[f * rank + k]!;
  }
}

/** AᵀA·X for X of shape size x rank, one row of A at a time (rows repeated `copies` times). */
function gramTimes(rows: SparseRows, copies: Float32Array, x: Float64Array, rank: number): Float64Array {
  const out = new Float64Array(x.length);
  const y = new Float64Array(rank);
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    projectRow(rows, i, x, rank, y);
    const c = copies[i]!;
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
      const f = rows.features[e]!;
      const v = rows.weights[e]! * c;
      for (let k = 0; k < rank; k++) out[f * rank + k]! += v * y[k]!;
    }
  }
  return out;
}

/** (AQ)ᵀ(AQ), rank x rank. */
function projectedGram(rows: SparseRows, copies: Float32Array, q: Float64Array, rank: number): Float64Array {
  const out = new Float64Array(rank * rank);
  const y = new Float64Array(rank);
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    projectRow(rows, i, q, rank, y);
    const c = copies[i]!;
    for (let a = 0; a < rank; a++) {
      const ya = y[a]! * c;
      if (ya === 0) continue;
      for (let b = 0; b < rank; b++) out[a * rank + b]! += ya * y[b]!;
    }
  }
  return out;
}

/** Modified Gram-Schmidt on the columns of a size x rank matrix (row-major), in place. */
function orthonormalise(m: Float64Array, size: number, rank: number): Float64Array {
  for (let k = 0; k < rank; k++) {
    for (let j = 0; j < k; j++) {
      let dot = 0;
      for (let f = 0; f < size; f++) dot += m[f * rank + k]! * m[f * rank + j]!;
      for (let f = 0; f < size; f++) m[f * rank + k]! -= dot * m[f * rank + j]!;
    }
    let norm = 0;
    for (let f = 0; f < size; f++) norm += m[f * rank + k]! ** 2;
    const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let f = 0; f < size; f++) m[f * rank + k]! *= scale;
  }
  return m;
}

/** Repeatable standard normal numbers (Box-Muller over a linear congruential generator). */
function gaussian(count: number, seed: number): Float64Array {
  const out = new Float64Array(count);
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 4294967297;
  };
  for (let i = 0; i < count; i++) out[i] = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return out;
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations; columns of `vectors`.
 * Its sweep limit and tolerances are numerical internals, not options: Jacobi converges
 * quadratically, and the matrix is only (dimensions + oversample) square.
 */
function symmetricEigen(matrix: Float64Array, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p * size + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * size + q]! - a[p * size + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p]!;
          const akq = a[k * size + q]!;
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k]!;
          const aqk = a[q * size + k]!;
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p]!;
          const vkq = v[k * size + q]!;
          v[k * size + p] = c * vkp - s * vkq;
          v[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(size);
  for (let i = 0; i < size; i++) values[i] = a[i * size + i]!;
  return { values, vectors: v };
}

/** A word-space similarity mixed with a latent one, the latent taking `share`. */
export function mixLatent(sparse: number, latent: number, share: number): number {
  return (1 - share) * sparse + share * latent;
}
