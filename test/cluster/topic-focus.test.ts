import { expect } from 'chai';
import { topicFocus } from '../../src/cluster/topic-focus.js';
import { resolveOptions, type FocusOptions } from '../../src/cluster/options.js';
import type { SparseRows } from '../../src/cluster/vectorize.js';

/** Rows from lists of feature slots, every entry weight 1. */
function rowsOf(lists: number[][]): SparseRows {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return { offsets, features: Int32Array.from(lists.flat()), weights: new Float32Array(offsets[lists.length]!).fill(1) };
}

const withStrength = (strength: number): FocusOptions => ({ ...resolveOptions().topics.focus, strength, prior: 1 });

describe('topicFocus', () => {
  // Slot 1 = "raty" (only in topic 0), 2 = "zwrot" (only in topic 1), 3 = "telefon" (both
  // topics evenly), 4 = a word of an unclustered question only.
  const rows = rowsOf([[1, 3], [1, 3], [1], [2, 3], [2, 3], [2], [4, 3]]);
  const labels = Int32Array.from([0, 0, 0, 1, 1, 1, -1]);
  const copies = new Float32Array(labels.length).fill(1);

  it('weighs a word that stays within one topic above one that every topic shares', () => {
    const focus = topicFocus(rows, labels, copies, withStrength(1), 4);
    expect(focus[1]).to.be.greaterThan(focus[3]! * 1.5);
    expect(focus[2]).to.be.closeTo(focus[1]!, 1e-6);
  });

  it('leaves features of unclustered questions alone and keeps the average weight at 1', () => {
    const focus = topicFocus(rows, labels, copies, withStrength(1), 4);
    expect(focus[4]).to.equal(1);
    // 3 occurrences each of slots 1 and 2, 4 of slot 3 among clustered questions.
    const average = (3 * focus[1]! + 3 * focus[2]! + 4 * focus[3]!) / 10;
    expect(average).to.be.closeTo(1, 1e-5);
  });

  it('counts repeated questions by their copies', () => {
    const heavier = Float32Array.from([1, 1, 1, 1, 1, 1, 1]);
    heavier[0] = 5; // topic 0 now holds most of slot 3
    const even = topicFocus(rows, labels, copies, withStrength(1), 4);
    const skewed = topicFocus(rows, labels, heavier, withStrength(1), 4);
    expect(skewed[3]! / skewed[2]!).to.be.greaterThan(even[3]! / even[2]!);
  });

  it('changes nothing with strength 0 or a single topic', () => {
    expect(Array.from(topicFocus(rows, labels, copies, withStrength(0), 4)).every((w) => w === 1)).to.equal(true);
    const one = labels.map((label) => (label >= 0 ? 0 : -1));
    expect(Array.from(topicFocus(rows, one, copies, withStrength(1), 4)).every((w) => w === 1)).to.equal(true);
  });
});
