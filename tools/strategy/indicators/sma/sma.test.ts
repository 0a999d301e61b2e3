import { SMA } from 'technicalindicators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSeriesMatch } from '../test_support/expect_series.js';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { seededUniforms } from '../test_support/seeded_uniforms.js';
import { computeSma } from './sma.js';

/** The mean of each window summed from scratch: O(n·k), exact up to one rounding per term. */
function naiveSma(values: Float64Array, period: number): Float64Array {
  return values.map((_, t) => {
    if (t < period - 1) return Number.NaN;
    let sum = 0;
    for (let k = t - period + 1; k <= t; k++) sum += values[k]!;
    return sum / period;
  });
}

describe('computeSma', () => {
  it('averages the last `period` values, first at index period − 1', () => {
    expect(Array.from(computeSma(Float64Array.of(1, 2, 3, 4, 5), 3))).toEqual([NaN, NaN, 2, 3, 4]);
    expect(Array.from(computeSma(Float64Array.of(4, 8), 1))).toEqual([4, 8]);
    expect(Array.from(computeSma(Float64Array.of(4, 8), 3))).toEqual([NaN, NaN]);
  });

  it('matches the naive window mean on random series', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 120 }),
      fc.integer({ min: 1, max: 30 }),
      (raw, period) => {
        const values = Float64Array.from(raw);
        const actual = computeSma(values, period);
        const expected = naiveSma(values, period);
        for (let t = 0; t < values.length; t++) {
          if (t < period - 1) expect(actual[t]).toBeNaN();
          else expect(Math.abs(actual[t]! - expected[t]!)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected[t]!)) * period);
        }
      },
    ));
  });

  // technicalindicators keeps one running sum for the whole series; ours is recomputed once per
  // window, so the two round differently (observed ≤ 2e-14 relative): a tolerance is needed.
  it.each(MARKET_FILES)('equals technicalindicators SMA on %s within 1e-9 relative', (file) => {
    const { close } = readMarketColumns(file);
    for (const period of [2, 20, 50, 200]) {
      const reference = SMA.calculate({ period, values: Array.from(close) });
      expectSeriesMatch(computeSma(close, period), reference, period - 1, 1e-9);
    }
  });

  it('recovers from rounding a running sum cannot undo (a huge value leaving the window)', () => {
    // While 1e17 is in the window, the small values added to the sum fall below its precision
    // (one unit in the last place of 1e17 is 16); a plain running sum carries that loss forever.
    const values = Float64Array.from({ length: 50 }, (_, t) => (t === 0 ? 1e17 : 1 + (t % 3) * 0.1));
    const period = 4;
    const actual = computeSma(values, period);
    const expected = naiveSma(values, period);
    for (let t = 2 * period - 1; t < values.length; t++) expect(actual[t]).toBeCloseTo(expected[t]!, 12);
  });

  it('stays exact to 1e-12 relative over 1,000,000 bars of a random walk', () => {
    const nextUniform = seededUniforms(12345);
    let level = 30_000;
    const values = Float64Array.from({ length: 1_000_000 }, () => (level *= 1 + (nextUniform() - 0.5) * 0.02));
    const period = 50;
    const actual = computeSma(values, period);
    for (let t = values.length - 1_000; t < values.length; t++) {
      let exact = 0;
      for (let k = t - period + 1; k <= t; k++) exact += values[k]!;
      exact /= period;
      expect(Math.abs(actual[t]! - exact) / exact).toBeLessThan(1e-12);
    }
  });
});
