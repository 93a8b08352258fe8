import { expect } from 'chai';
import { TextMemo } from '../../src/text/text-memo.js';

describe('TextMemo', () => {
  /** A memo over a counting function: how often each text was really computed. */
  const counting = (capacity: number, longestText: number) => {
    const computed = new Map<string, number>();
    const memo = new TextMemo<string>(capacity, longestText);
    const read = (text: string) =>
      memo.get(text, () => {
        computed.set(text, (computed.get(text) ?? 0) + 1);
        return text.toUpperCase();
      });
    return { read, computed };
  };

  it('computes a repeated text once and gives the same result every time', () => {
    const { read, computed } = counting(4, 100);
    const results = ['Dzień dobry', 'Gdzie paczka?', 'Dzień dobry', 'Dzień dobry'].map(read);
    expect(results).to.deep.equal(['DZIEŃ DOBRY', 'GDZIE PACZKA?', 'DZIEŃ DOBRY', 'DZIEŃ DOBRY']);
    expect(Object.fromEntries(computed)).to.deep.equal({ 'Dzień dobry': 1, 'Gdzie paczka?': 1 });
  });

  it('forgets the least recently used text when full', () => {
    const { read, computed } = counting(2, 100);
    // "a" is used again before "c" comes, so "b" is the one forgotten.
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) read(text);
    expect(Object.fromEntries(computed)).to.deep.equal({ a: 1, b: 2, c: 1 });
  });

  it('keeps no text longer than its bound, computing it every time', () => {
    const { read, computed } = counting(4, 10);
    const long = 'Czy wysyłacie do Czech?';
    expect([read(long), read(long)]).to.deep.equal([long.toUpperCase(), long.toUpperCase()]);
    expect(computed.get(long)).to.equal(2);
  });
});
