import { expect } from 'chai';
import { resolveOptions } from '../../src/cluster/options.js';
import { countFeatures } from '../../src/cluster/vectorize.js';
import { dedupeRows } from '../../src/cluster/dedupe.js';

const rowOf = (rows: { offsets: Int32Array; features: Int32Array; weights: Float32Array }, i: number): [number, number][] => {
  const entries: [number, number][] = [];
  for (let e = rows.offsets[i]!; e < rows.offsets[i + 1]!; e++) entries.push([rows.features[e]!, rows.weights[e]!]);
  return entries;
};

describe('feature counting', () => {
  const options = resolveOptions().features;
  const items = [
    { id: 1, text: 'Jak złożyć reklamację na telefon?', lang: 'pl' as const },
    { id: 2, text: 'Kiedy przyjdzie paczka', lang: 'pl' as const },
    { id: 3, text: 'Jak złożyć reklamację na telefon?', lang: 'pl' as const },
    { id: 4, text: 'JAK ZLOZYC REKLAMACJE NA TELEFON', lang: 'pl' as const },
    { id: 5, text: 'Jak złożyć reklamację na telefon?', lang: 'cs' as const },
  ];
  const counts = countFeatures(items, options);

  it('gives a question the same features wherever it appears in the input', () => {
    const alone = countFeatures([items[0]!], options);
    expect(rowOf(counts, 0)).to.deep.equal(rowOf(alone, 0));
    expect(rowOf(counts, 2)).to.deep.equal(rowOf(alone, 0));
  });

  it('ignores case and diacritics, but keeps languages apart', () => {
    expect(rowOf(counts, 3)).to.deep.equal(rowOf(counts, 0));
    expect(rowOf(counts, 4)).to.not.deep.equal(rowOf(counts, 0));
  });

  it('collapses identical questions into one row with a multiplicity', () => {
    const distinct = dedupeRows(counts);
    expect(distinct.multiplicity.length).to.equal(3);
    expect(distinct.rowOf[0]).to.equal(distinct.rowOf[2]);
    expect(distinct.rowOf[0]).to.equal(distinct.rowOf[3]);
    expect(distinct.multiplicity[distinct.rowOf[0]!]).to.equal(3);
    expect(rowOf(distinct.rows, distinct.rowOf[1]!)).to.deep.equal(rowOf(counts, 1));
  });
});
