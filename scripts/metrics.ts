/** Clustering quality measures for the benchmarks: labels are compared as plain string arrays. */

function contingency(truth: readonly string[], found: readonly string[]): { cells: Map<string, number>; rows: Map<string, number>; cols: Map<string, number> } {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < truth.length; i++) {
    const key = `${truth[i]}\u0000${found[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(truth[i]!, (rows.get(truth[i]!) ?? 0) + 1);
    cols.set(found[i]!, (cols.get(found[i]!) ?? 0) + 1);
  }
  return { cells, rows, cols };
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** Normalised mutual information (arithmetic-mean normalisation, as scikit-learn's default). */
export function nmi(truth: readonly string[], found: readonly string[]): number {
  const n = truth.length;
  const { cells, rows, cols } = contingency(truth, found);
  let mutual = 0;
  for (const [key, count] of cells) {
    const [t, f] = key.split('\u0000') as [string, string];
    mutual += (count / n) * Math.log((count * n) / (rows.get(t)! * cols.get(f)!));
  }
  const mean = (entropy(rows.values(), n) + entropy(cols.values(), n)) / 2;
  return mean === 0 ? 1 : mutual / mean;
}

/** Adjusted Rand index. */
export function ari(truth: readonly string[], found: readonly string[]): number {
  const n = truth.length;
  const { cells, rows, cols } = contingency(truth, found);
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let rowPairs = 0;
  for (const c of rows.values()) rowPairs += pairs(c);
  let colPairs = 0;
  for (const c of cols.values()) colPairs += pairs(c);
  const expected = (rowPairs * colPairs) / pairs(n);
  const max = (rowPairs + colPairs) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
