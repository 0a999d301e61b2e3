import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from './compare_names.js';

describe('compareNames', () => {
  it('orders case aside, then upper case first, and is the same whatever the locale', () => {
    expect(['eth-usdt-1d.csv', 'BTC-USDT-1h.csv', 'BTC-USDT-1d.csv', 'btc-usdt-1d.csv', 'AAPL.csv'].sort(compareNames))
      .toEqual(['AAPL.csv', 'BTC-USDT-1d.csv', 'btc-usdt-1d.csv', 'BTC-USDT-1h.csv', 'eth-usdt-1d.csv']);
  });

  it('is a total order: antisymmetric, zero only for equal names, transitive', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
      expect(Math.sign(compareNames(a, b))).toBe(-Math.sign(compareNames(b, a)) || 0);
      expect(compareNames(a, b) === 0).toBe(a === b);
      const [x, y, z] = [a, b, c].sort(compareNames);
      expect(compareNames(x!, z!)).toBeLessThanOrEqual(0);
      expect(compareNames(x!, y!)).toBeLessThanOrEqual(0);
    }));
  });
});
