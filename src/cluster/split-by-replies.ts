import type { ClusterOptions } from './options.js';
import type { SparseRows } from './vectorize.js';
import { FeatureKind } from './feature-hash.js';
import { communityPieces, type WeightedGraph } from './communities.js';
import { groupByLabel } from './centroids.js';

/**
 * Community detection over the whole log cannot see a question asked only a few times: next to
 * a large topic it shares a word with, it is too small to count as a community of its own
 * (modularity's resolution limit), so "opening hours of the service centre" ends up inside
 * "status of my repair". The shop's replies can see it: it answered the two differently.
 *
 * Each community is cut into the pieces it holds on its own (see communityPieces); pieces stay
 * apart only where the shop answered them differently, i.e. their reply centroids are less alike
 * than `replies.sameAnswer`. Replies count as far as they are trusted (rows are blended), so a
 * generic "please call us" separates nothing. A piece without trusted replies rejoins the piece
 * it is most linked to. Without replies (text imports, labelled data sets) nothing changes: the
 * wording alone does not tell a small question from a random cut through a large one.
 */
export function splitByReplies(
  graph: WeightedGraph,
  labels: Int32Array,
  rows: SparseRows,
  kinds: Uint8Array,
  copies: Float32Array,
  options: ClusterOptions,
): Int32Array {
  if (!kinds.includes(FeatureKind.Reply)) return labels;
  const pieces = communityPieces(graph, labels, options.graph, options.graph.pieceResolution);
  const pieceCount = pieces.reduce((max, piece) => Math.max(max, piece + 1), 0);
  const parentOf = new Int32Array(pieceCount);
  for (let i = 0; i < labels.length; i++) parentOf[pieces[i]!] = labels[i]!;
  const replies = replyCentroids(rows, kinds, copies, pieces, pieceCount);

  const root = new Int32Array(pieceCount);
  for (let p = 0; p < pieceCount; p++) root[p] = p;
  const find = (p: number): number => {
    while (root[p] !== p) p = root[p] = root[root[p]!]!;
    return p;
  };
  const join = (a: number, b: number): void => {
    root[find(a)] = find(b);
  };
  const { heads: pieceHeads } = groupByLabel(parentOf, labels.reduce((max, label) => Math.max(max, label + 1), 0));
  // Pieces of one community are numbered consecutively: community c owns pieces [first, last).
  for (let c = 0; c + 1 < pieceHeads.length; c++) {
    const first = pieceHeads[c]!;
    const last = pieceHeads[c + 1]!;
    for (let a = first; a < last; a++) {
      if (!replies[a]) continue;
      for (let b = a + 1; b < last; b++) if (replies[b] && cosine(replies[a]!, replies[b]!) >= options.replies.sameAnswer) join(a, b);
    }
  }
  // A piece the shop did not (trustworthily) answer cannot be told apart: it goes back where it
  // is most linked, or to its community's first piece when it has no link.
  const link = linkWeights(graph, pieces, parentOf);
  for (let p = 0; p < pieceCount; p++) {
    if (replies[p]) continue;
    let best = pieceHeads[parentOf[p]!]!;
    let bestWeight = 0;
    for (const [q, w] of link[p]!) {
      if (w > bestWeight) {
        bestWeight = w;
        best = q;
      }
    }
    if (best !== p) join(p, best);
  }

  const dense = new Int32Array(pieceCount).fill(-1);
  let next = 0;
  return pieces.map((piece) => {
    const r = find(piece);
    if (dense[r] === -1) dense[r] = next++;
    return dense[r]!;
  });
}

/** The sum of the (blended, so trust-weighted) reply parts of each piece's rows; null when it holds none. */
function replyCentroids(rows: SparseRows, kinds: Uint8Array, copies: Float32Array, pieces: Int32Array, pieceCount: number): (Map<number, number> | null)[] {
  const centroids: (Map<number, number> | null)[] = new Array(pieceCount).fill(null);
  for (let i = 0; i < pieces.length; i++) {
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
      if (kinds[e] !== FeatureKind.Reply || rows.weights[e]! <= 0) continue;
      const centroid = (centroids[pieces[i]!] ??= new Map());
      const f = rows.features[e]!;
      centroid.set(f, (centroid.get(f) ?? 0) + rows.weights[e]! * copies[i]!);
    }
  }
  return centroids;
}

function cosine(a: Map<number, number>, b: Map<number, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [f, w] of a) {
    normA += w * w;
    dot += w * (b.get(f) ?? 0);
  }
  for (const w of b.values()) normB += w * w;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** Edge weight between each piece and the other pieces of its community. */
function linkWeights(graph: WeightedGraph, pieces: Int32Array, parentOf: Int32Array): Map<number, number>[] {
  const links = Array.from({ length: parentOf.length }, () => new Map<number, number>());
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      const q = pieces[graph.targets[e]!]!;
      if (q === p || parentOf[q] !== parentOf[p]) continue;
      links[p]!.set(q, (links[p]!.get(q) ?? 0) + graph.weights[e]!);
    }
  }
  return links;
}
