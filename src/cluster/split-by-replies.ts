import type { ClusterOptions } from './options.js';
import type { SparseRows } from './vectorize.js';
import { FeatureKind } from './feature-hash.js';
import { communityPieces, type WeightedGraph } from './communities.js';
import { groupByLabel } from './centroids.js';

/**
 * Deliberate internal: inside a community, plain modularity (resolution 1) with the community
 * as its own null model; the whole graph's `graph.resolution` already decided the large scale.
 */
const PIECE_RESOLUTION = 1;

/**
 * Community detection over the whole log cannot see a question asked only a few times: next to
 * a large topic it shares a word with, it is too small to count as a community of its own
 * (modularity's resolution limit), so "opening hours of the service centre" ends up inside
 * "status of my repair". The shop's replies can see it: it answered the two differently.
 *
 * Each community is cut into the pieces it holds on its own (see communityPieces), and each
 * group that comes out is looked at again the same way until nothing more comes apart. Two pieces
 * stay apart only when the shop answered them differently (reply centroids less alike than
 * `replies.sameAnswer`) and their wording does not join them either: a shop that keeps two
 * macros for one question answers one question in two ways, and then the two pieces' wording
 * centroids lie as close as the looser piece's own questions lie to its centroid. Replies count
 * as far as they are trusted (rows are blended), so a generic "please call us" separates
 * nothing. A piece without trusted replies rejoins the piece it is most linked to. Without
 * replies (text imports, labelled data sets) nothing changes: wording alone does not tell a
 * small question from a random cut through a large one.
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
  // A group cut out may hold a smaller one again, so the groups a look cut apart are looked at
  // again; a group that stayed whole would stay whole. Groups only ever split, so this ends.
  let groups: Int32Array = labels;
  let examine: Uint8Array = new Uint8Array(groupCount(labels)).fill(1);
  while (examine.includes(1)) ({ groups, examine } = splitOnce(graph, groups, examine, rows, kinds, copies, options));
  return groups;
}

function groupCount(labels: Int32Array): number {
  return labels.reduce((max, label) => Math.max(max, label + 1), 0);
}

/**
 * One look inside each group flagged in `examine`: its pieces, joined again where the shop's
 * replies or their wording say they are one question. Returns the new groups and which of them
 * came out of a group that was cut.
 */
function splitOnce(
  graph: WeightedGraph,
  labels: Int32Array,
  examine: Uint8Array,
  rows: SparseRows,
  kinds: Uint8Array,
  copies: Float32Array,
  options: ClusterOptions,
): { groups: Int32Array; examine: Uint8Array } {
  const pieces = communityPieces(graph, labels, options.graph, PIECE_RESOLUTION, examine);
  const pieceCount = groupCount(pieces);
  const parentOf = new Int32Array(pieceCount);
  for (let i = 0; i < labels.length; i++) parentOf[pieces[i]!] = labels[i]!;
  const { heads } = groupByLabel(parentOf, groupCount(labels));
  // Only pieces that share their group with another need a profile.
  const shared = Uint8Array.from(parentOf, (c) => (heads[c + 1]! - heads[c]! > 1 ? 1 : 0));
  const profiles = pieceProfiles(rows, kinds, copies, pieces, pieceCount, shared);

  const root = new Int32Array(pieceCount);
  for (let p = 0; p < pieceCount; p++) root[p] = p;
  const find = (p: number): number => {
    while (root[p] !== p) p = root[p] = root[root[p]!]!;
    return p;
  };
  const join = (a: number, b: number): void => {
    root[find(a)] = find(b);
  };
  const sameQuestion = (a: PieceProfile, b: PieceProfile): boolean =>
    cosine(a.reply!, b.reply!) >= options.replies.sameAnswer || cosine(a.wording, b.wording) >= Math.min(a.cohesion, b.cohesion);
  // Pieces of one community are numbered consecutively: community c owns pieces [first, last).
  for (let c = 0; c + 1 < heads.length; c++) {
    for (let a = heads[c]!; a < heads[c + 1]!; a++) {
      if (!profiles[a]!.reply) continue;
      for (let b = a + 1; b < heads[c + 1]!; b++) if (profiles[b]!.reply && sameQuestion(profiles[a]!, profiles[b]!)) join(a, b);
    }
  }
  // A piece the shop did not (trustworthily) answer cannot be told apart: it goes back where it
  // is most linked, or to its community's first piece when it has no link.
  const link = linkWeights(graph, pieces, parentOf, shared);
  for (let p = 0; p < pieceCount; p++) {
    if (profiles[p]!.reply) continue;
    let best = heads[parentOf[p]!]!;
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
  const parentOfGroup: number[] = [];
  const groups = pieces.map((piece) => {
    const r = find(piece);
    if (dense[r] === -1) {
      dense[r] = parentOfGroup.length;
      parentOfGroup.push(parentOf[piece]!);
    }
    return dense[r]!;
  });
  const cuts = new Int32Array(heads.length);
  for (const c of parentOfGroup) cuts[c]!++;
  return { groups, examine: Uint8Array.from(parentOfGroup, (c) => (cuts[c]! > 1 ? 1 : 0)) };
}

interface PieceProfile {
  /** Sum of the members' (blended, so trust-weighted) reply parts; null when none was trusted. */
  reply: Map<number, number> | null;
  /** Sum of the members' unit wording parts. */
  wording: Map<number, number>;
  /** Mean cosine of a member's wording to the piece's wording centroid (|sum| / size). */
  cohesion: number;
}

function pieceProfiles(rows: SparseRows, kinds: Uint8Array, copies: Float32Array, pieces: Int32Array, pieceCount: number, wanted: Uint8Array): PieceProfile[] {
  const reply = Array.from({ length: pieceCount }, () => new Map<number, number>());
  const wording = Array.from({ length: pieceCount }, () => new Map<number, number>());
  const size = new Float64Array(pieceCount);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!wanted[p]) continue;
    size[p]! += copies[i]!;
    // The wording part of a blended row is scaled by sqrt(1 - share): made unit again here.
    let norm = 0;
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) if (kinds[e] !== FeatureKind.Reply) norm += rows.weights[e]! ** 2;
    const scale = norm > 0 ? copies[i]! / Math.sqrt(norm) : 0;
    for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) {
      const w = rows.weights[e]!;
      if (w <= 0) continue;
      const f = rows.features[e]!;
      if (kinds[e] === FeatureKind.Reply) reply[p]!.set(f, (reply[p]!.get(f) ?? 0) + w * copies[i]!);
      else wording[p]!.set(f, (wording[p]!.get(f) ?? 0) + w * scale);
    }
  }
  return wording.map((sum, p) => ({
    reply: reply[p]!.size > 0 ? reply[p]! : null,
    wording: sum,
    cohesion: Math.sqrt(squaredNorm(sum)) / size[p]!,
  }));
}

function squaredNorm(vector: Map<number, number>): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return sum;
}

function cosine(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, w] of small) dot += w * (large.get(f) ?? 0);
  const norms = squaredNorm(a) * squaredNorm(b);
  return norms > 0 ? dot / Math.sqrt(norms) : 0;
}

/** Edge weight between each piece that shares its community and the other pieces of that community. */
function linkWeights(graph: WeightedGraph, pieces: Int32Array, parentOf: Int32Array, shared: Uint8Array): Map<number, number>[] {
  const links = Array.from({ length: parentOf.length }, () => new Map<number, number>());
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!shared[p]) continue;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      const q = pieces[graph.targets[e]!]!;
      if (q === p || parentOf[q] !== parentOf[p]) continue;
      links[p]!.set(q, (links[p]!.get(q) ?? 0) + graph.weights[e]!);
    }
  }
  return links;
}
