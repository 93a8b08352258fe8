import { expect } from 'chai';
import { TextMemo } from '../../src/text/text-memo.js';

describe('TextMemo', () => {
  /** A memo over a counting function: how often each text was really computed. */
  const counting = (options: ConstructorParameters<typeof TextMemo<string>>[0]) => {
    const computed = new Map<string, number>();
    const memo = new TextMemo<string>(options);
    const read = (text: string) =>
      memo.get(text, () => {
        computed.set(text, (computed.get(text) ?? 0) + 1);
        return text.toUpperCase();
      });
    return { read, computed };
  };

  it('computes a repeated text once and gives the same result every time', () => {
    const { read, computed } = counting({ capacity: 4 });
    const results = ['Dzień dobry', 'Gdzie paczka?', 'Dzień dobry', 'Dzień dobry'].map(read);
    expect(results).to.deep.equal(['DZIEŃ DOBRY', 'GDZIE PACZKA?', 'DZIEŃ DOBRY', 'DZIEŃ DOBRY']);
    expect(Object.fromEntries(computed)).to.deep.equal({ 'Dzień dobry': 1, 'Gdzie paczka?': 1 });
  });

  it('forgets the least recently used text when full', () => {
    const { read, computed } = counting({ capacity: 2 });
    // "a" is used again before "c" comes, so "b" is the one forgotten.
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) read(text);
    expect(Object.fromEntries(computed)).to.deep.equal({ a: 1, b: 2, c: 1 });
  });

  it('keeps no text longer than its bound, computing it every time', () => {
    const { read, computed } = counting({ longestText: 10 });
    const long = 'Czy wysyłacie do Czech?';
    expect([read(long), read(long)]).to.deep.equal([long.toUpperCase(), long.toUpperCase()]);
    expect(computed.get(long)).to.equal(2);
  });

  it('pauses while texts do not repeat, letting them go, and tries again after the pause', () => {
    const { read, computed } = counting({ sample: 20, pause: 10 });
    // A mailbox: 20 different texts, and then one asked twice during the pause is computed twice.
    for (let i = 0; i < 20; i++) read(`Pytanie ${i}`);
    read('Pytanie 0');
    read('Pytanie 0');
    expect(computed.get('Pytanie 0')).to.equal(3);
    // After the pause (10 lookups) texts are kept again.
    for (let i = 0; i < 8; i++) read(`Inne ${i}`);
    read('Dzień dobry');
    read('Dzień dobry');
    expect(computed.get('Dzień dobry')).to.equal(1);
  });
});
