import { BollingerBands } from 'technicalindicators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSeriesMatch } from '../test_support/expect_series.js';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { computeBollingerBands } from './bollinger.js';

/** Two-pass population standard deviation of one window: mean first, then squared deviations. */
function windowStdDev(values: Float64Array, end: number, period: number): number {
  const window = Array.from(values.subarray(end - period + 1, end + 1));
  const mean = window.reduce((sum, value) => sum + value, 0) / period;
  return Math.sqrt(window.reduce((sum, value) => sum + (value - mean) ** 2, 0) / period);
}

describe('computeBollingerBands', () => {
  it('puts the bands k POPULATION standard deviations around the SMA (worked by hand)', () => {
    // Windows (1,2,3), (2,3,4), (3,4,5): means 2, 3, 4; population variance 2/3 each.
    const { middle, upper, lower } = computeBollingerBands(Float64Array.of(1, 2, 3, 4, 5), 3, 2);
    const width = 2 * Math.sqrt(2 / 3);
    expect(Array.from(middle)).toEqual([NaN, NaN, 2, 3, 4]);
    [2, 3, 4].forEach((mean, slot) => {
      expect(upper[slot + 2]).toBeCloseTo(mean + width, 12);
      expect(lower[slot + 2]).toBeCloseTo(mean - width, 12);
    });
    expect(upper[1]).toBeNaN();
    expect(lower[1]).toBeNaN();
  });

  it('has zero width on a constant window', () => {
    const { middle, upper, lower } = computeBollingerBands(Float64Array.of(7, 7, 7, 7), 2, 2);
    expect(Array.from(upper)).toEqual(Array.from(middle));
    expect(Array.from(lower)).toEqual(Array.from(middle));
  });

  it('matches a two-pass window standard deviation on random series', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.constantFrom(1, 100)), { maxLength: 100 }),
      fc.integer({ min: 1, max: 25 }),
      fc.double({ min: 0.1, max: 4, noNaN: true }),
      (raw, period, multiplier) => {
        const values = Float64Array.from(raw);
        const { middle, upper } = computeBollingerBands(values, period, multiplier);
        for (let t = period - 1; t < values.length; t++) {
          const expectedWidth = multiplier * windowStdDev(values, t, period);
          // Relative to the width itself, even right after a spike leaves the window; the
          // absolute part covers rounding of mean and band (about 1e-16 of the price).
          const tolerance = 1e-9 * expectedWidth + 1e-12 * middle[t]!;
          expect(Math.abs(upper[t]! - middle[t]! - expectedWidth)).toBeLessThanOrEqual(tolerance);
        }
      },
    ));
  });

  it('recovers exact widths after a huge value leaves the window', () => {
    const values = Float64Array.from({ length: 40 }, (_, t) => (t === 0 ? 1e12 : 100 + (t % 4)));
    const period = 5;
    const { middle, upper } = computeBollingerBands(values, period, 1);
    for (let t = 2 * period - 1; t < values.length; t++) {
      expect(upper[t]! - middle[t]!).toBeCloseTo(windowStdDev(values, t, period), 9);
    }
  });

  // technicalindicators computes each window's deviation in two passes; ours updates a rolling
  // sum of squared deviations (recomputed once per window): different rounding, observed ≤ 1e-14.
  it.each(MARKET_FILES)('equals technicalindicators BollingerBands on %s within 1e-9 relative', (file) => {
    const { close } = readMarketColumns(file);
    for (const [period, stdDev] of [[20, 2], [10, 1.5], [50, 2.5]] as const) {
      const reference = BollingerBands.calculate({ period, stdDev, values: Array.from(close) });
      const bands = computeBollingerBands(close, period, stdDev);
      expectSeriesMatch(bands.middle, reference.map((row) => row.middle), period - 1, 1e-9);
      expectSeriesMatch(bands.upper, reference.map((row) => row.upper), period - 1, 1e-9);
      expectSeriesMatch(bands.lower, reference.map((row) => row.lower), period - 1, 1e-9);
    }
  });
});
