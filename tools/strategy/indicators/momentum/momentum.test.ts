import { ROC } from 'technicalindicators';
import { describe, expect, it } from 'vitest';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { computeMomentum } from './momentum.js';

/** The change over `lookback` bars as the product of one-bar ratios: O(n·k), a different formula. */
function chainedMomentum(values: Float64Array, lookback: number): number[] {
  return Array.from(values, (_, t) => {
    if (t < lookback) return Number.NaN;
    let growth = 1;
    for (let k = t - lookback + 1; k <= t; k++) growth *= values[k]! / values[k - 1]!;
    return growth - 1;
  });
}

describe('computeMomentum', () => {
  it('is the fractional change over `lookback` bars, first at index lookback (worked by hand)', () => {
    const momentum = computeMomentum(Float64Array.of(100, 110, 121, 90, 100), 2);
    expect(momentum[0]).toBeNaN();
    expect(momentum[1]).toBeNaN();
    expect(momentum[2]).toBeCloseTo(0.21, 14);
    expect(momentum[3]).toBeCloseTo(90 / 110 - 1, 14);
    expect(momentum[4]).toBeCloseTo(100 / 121 - 1, 14);
  });

  it('is exactly 0 for an unchanged price and NaN everywhere when the series is too short', () => {
    expect(Array.from(computeMomentum(Float64Array.of(5, 7, 5), 2))).toEqual([NaN, NaN, 0]);
    expect(Array.from(computeMomentum(Float64Array.of(5, 7), 2))).toEqual([NaN, NaN]);
  });

  // Each chained ratio rounds once: k roundings of a number near 1 leave at most ~k·1e-16.
  it.each(MARKET_FILES)('equals the chained one-bar ratios on %s within 1e-12', (file) => {
    const { close } = readMarketColumns(file);
    for (const lookback of [1, 30, 90]) {
      const momentum = computeMomentum(close, lookback);
      chainedMomentum(close, lookback).forEach((expected, t) => {
        if (t < lookback) expect(momentum[t]).toBeNaN();
        else expect(Math.abs(momentum[t]! - expected)).toBeLessThan(1e-12);
      });
    }
  });

  // ROC is (now − then) / then × 100: the same quantity in percent, rounded differently, so the
  // comparison is in absolute terms on the fraction.
  it.each(MARKET_FILES)('equals technicalindicators ROC / 100 on %s within 1e-12', (file) => {
    const { close } = readMarketColumns(file);
    for (const lookback of [1, 30, 90]) {
      const reference = ROC.calculate({ period: lookback, values: Array.from(close) });
      const momentum = computeMomentum(close, lookback);
      expect(momentum.length - lookback).toBe(reference.length);
      for (let slot = 0; slot < reference.length; slot++) {
        expect(Math.abs(momentum[lookback + slot]! - reference[slot]! / 100)).toBeLessThan(1e-12);
      }
    }
  });
});
