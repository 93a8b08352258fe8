import { expect } from 'chai';
import { epochDate, validDate } from '../../src/ingest/time/index.js';

describe('export times', () => {
  it('reads ISO strings and epoch milliseconds, and gives null instead of an Invalid Date', () => {
    expect(validDate('2024-02-15T10:00:00Z')?.toISOString()).to.equal('2024-02-15T10:00:00.000Z');
    expect(validDate(1707991200000)?.toISOString()).to.equal('2024-02-15T10:00:00.000Z');
    expect(validDate('yesterday noon')).to.equal(null);
    expect(validDate('')).to.equal(null);
    expect(validDate(undefined)).to.equal(null);
  });

  it('tells epoch seconds from milliseconds', () => {
    expect(epochDate(1707991200)?.toISOString()).to.equal('2024-02-15T10:00:00.000Z');
    expect(epochDate(1707991200000)?.toISOString()).to.equal('2024-02-15T10:00:00.000Z');
  });
});
