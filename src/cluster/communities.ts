import type { GraphOptions } from './options.js';
import { groupByLabel } from './centroids.js';

/**
 * Louvain community detection on a weighted undirected graph: the number of communities falls
 * out of modularity optimisation instead of being given. Typed arrays throughout so a graph of a
 * million questions fits in memory.
 */
export interface WeightedGraph {
  /** Row i holds the edges of node i; an undirected edge appears in both rows. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float32Array;
}

/** Community of each node, numbered 0..n-1 densely. */
export function detectCommunities(graph: WeightedGraph, options: GraphOptions): Int32Array {
  const nodeCount = graph.offsets.length - 1;
  const membership = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) membership[i] = i;
  let level = graph;
  for (let round = 0; round < options.maxLevels; round++) {
    const { community, moved } = moveNodes(level, options);
    if (!moved) break;
    const { renumbered, count } = renumber(community);
    for (let i = 0; i < nodeCount; i++) membership[i] = renumbered[membership[i]!]!;
    if (count === level.offsets.length - 1) break;
    level = aggregate(level, renumbered, count);
  }
  return renumber(membership).renumbered;
}

/** Local moving phase: each node joins the neighbouring community with the best modularity gain. */
function moveNodes(graph: WeightedGraph, options: GraphOptions): { community: Int32Array; moved: boolean } {
  const n = graph.offsets.length - 1;
  const degree = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) sum += graph.weights[e]!;
    degree[i] = sum;
    total += sum;
  }
  const community = new Int32Array(n);
  const communityDegree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    communityDegree[i] = degree[i]!;
  }
  if (total === 0) return { community, moved: false };

  const linkWeight = new Float64Array(n);
  const linked = new Int32Array(n);
  const order = visitingOrder(n);
  let moved = false;
  for (let pass = 0; pass < options.maxPasses; pass++) {
    let changes = 0;
    for (const i of order) {
      const own = community[i]!;
      let linkedCount = 0;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const j = graph.targets[e]!;
        if (j === i) continue;
        const c = community[j]!;
        if (linkWeight[c] === 0) linked[linkedCount++] = c;
        linkWeight[c]! += graph.weights[e]!;
      }
      communityDegree[own]! -= degree[i]!;
      const scale = (options.resolution * degree[i]!) / total;
      let best = own;
      let bestGain = linkWeight[own]! - scale * communityDegree[own]!;
      for (let l = 0; l < linkedCount; l++) {
        const c = linked[l]!;
        const gain = linkWeight[c]! - scale * communityDegree[c]!;
        // A node changes community only for a real gain, not for a rounding difference.
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      for (let l = 0; l < linkedCount; l++) linkWeight[linked[l]!] = 0;
      communityDegree[best]! += degree[i]!;
      if (best !== own) {
        community[i] = best;
        changes++;
        moved = true;
      }
    }
    if (changes === 0 || changes < n * options.minMovedShare) break;
  }
  return { community, moved };
}

/**
 * A fixed pseudo-random order (its seed a deliberate internal): results are repeatable, and no
 * input order bias creeps in.
 */
function visitingOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let seed = 0x2545f491;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

function renumber(labels: Int32Array): { renumbered: Int32Array; count: number } {
  const map = new Int32Array(labels.length).fill(-1);
  const renumbered = new Int32Array(labels.length);
  let count = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (map[label] === -1) map[label] = count++;
    renumbered[i] = map[label]!;
  }
  return { renumbered, count };
}

/** Collapses each community into one node; internal edges become a self-loop. */
function aggregate(graph: WeightedGraph, community: Int32Array, count: number): WeightedGraph {
  const n = graph.offsets.length - 1;
  const memberHeads = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberHeads[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberHeads[c + 1]! += memberHeads[c]!;
  const fill = memberHeads.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  const linkWeight = new Float64Array(count);
  const linked = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let c = 0; c < count; c++) {
    let linkedCount = 0;
    for (let m = memberHeads[c]!; m < memberHeads[c + 1]!; m++) {
      const i = members[m]!;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const d = community[graph.targets[e]!]!;
        if (linkWeight[d] === 0) linked[linkedCount++] = d;
        linkWeight[d]! += graph.weights[e]!;
      }
    }
    for (let l = 0; l < linkedCount; l++) {
      const d = linked[l]!;
      targets.push(d);
      weights.push(linkWeight[d]!);
      linkWeight[d] = 0;
    }
    offsets[c + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets), weights: Float32Array.from(weights) };
}

/**
 * Louvain once more inside each community, on the subgraph of the community's own edges, at
 * `resolution`. Judged against the whole graph, a group of a few questions is too small to stand
 * apart from a large neighbour (modularity's resolution limit); judged against its own community
 * it shows. Returns each node's piece, numbered densely, the pieces of one community one after
 * the other. With `examine`, a community c with `examine[c] = 0` stays one piece.
 */
export function communityPieces(graph: WeightedGraph, labels: Int32Array, options: GraphOptions, resolution: number, examine?: Uint8Array): Int32Array {
  const n = labels.length;
  const count = labels.reduce((max, label) => Math.max(max, label + 1), 0);
  const { heads, members } = groupByLabel(labels, count);
  const local = new Int32Array(n);
  const pieces = new Int32Array(n);
  let next = 0;
  for (let c = 0; c < count; c++) {
    const from = heads[c]!;
    const size = heads[c + 1]! - from;
    const inner = size > 1 && (!examine || examine[c]) ? innerCommunities(graph, labels, c, members.subarray(from, from + size), local, options, resolution) : new Int32Array(size);
    let pieceCount = 0;
    for (let m = 0; m < size; m++) {
      pieces[members[from + m]!] = next + inner[m]!;
      pieceCount = Math.max(pieceCount, inner[m]! + 1);
    }
    next += pieceCount;
  }
  return pieces;
}

/** Louvain on the subgraph of community `c`'s own edges; `local` is scratch (node -> index in `members`). */
function innerCommunities(graph: WeightedGraph, labels: Int32Array, c: number, members: Int32Array, local: Int32Array, options: GraphOptions, resolution: number): Int32Array {
  const size = members.length;
  for (let m = 0; m < size; m++) local[members[m]!] = m;
  const offsets = new Int32Array(size + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let m = 0; m < size; m++) {
    const i = members[m]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      const j = graph.targets[e]!;
      if (labels[j] !== c) continue;
      targets.push(local[j]!);
      weights.push(graph.weights[e]!);
    }
    offsets[m + 1] = targets.length;
  }
  return detectCommunities({ offsets, targets: Int32Array.from(targets), weights: Float32Array.from(weights) }, { ...options, resolution });
}
