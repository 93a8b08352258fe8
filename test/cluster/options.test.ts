import { expect } from 'chai';
import { resolveOptions } from '../../src/cluster/options.js';

describe('cluster options', () => {
  const defaults = resolveOptions();

  it('lays an override deep in a group over the defaults and keeps the rest of every group', () => {
    const options = resolveOptions({ features: { weights: { charGrams: 0 } }, topics: { merge: { similarity: 1 } } });
    expect(options.features.weights).to.deep.equal({ ...defaults.features.weights, charGrams: 0 });
    expect(options.features.bits).to.equal(defaults.features.bits);
    expect(options.topics.merge).to.deep.equal({ ...defaults.topics.merge, similarity: 1 });
    expect(options.topics.focus).to.deep.equal(defaults.topics.focus);
    expect(options.candidates).to.deep.equal(defaults.candidates);
  });

  it('replaces a hook whole and leaves the defaults untouched', () => {
    const shout = (text: string): string => text.toUpperCase();
    const options = resolveOptions({ features: { prepare: shout } });
    expect(options.features.prepare).to.equal(shout);
    expect(options.features.analyse).to.equal(defaults.features.analyse);
    expect(resolveOptions().features.prepare).to.not.equal(shout);
    expect(resolveOptions().features.weights.charGrams).to.be.greaterThan(0);
  });
});
