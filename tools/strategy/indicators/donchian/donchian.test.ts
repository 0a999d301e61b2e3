import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { computeDonchianChannel } from './donchian.js';

/** Highest high and lowest low of the `period` bars before each bar, by scanning the window. */
function naiveDonchian(high: Float64Array, low: Float64Array, period: number): { upper: number[]; lower: number[] } {
  const upper: number[] = [];
  const lower: number[] = [];
  for (let t = 0; t < high.length; t++) {
    if (t < period) {
      upper.push(NaN);
      lower.push(NaN);
      continue;
    }
    let highest = -Infinity;
    let lowest = Infinity;
    for (let k = t - period; k < t; k++) {
      highest = Math.max(highest, high[k]!);
      lowest = Math.min(lowest, low[k]!);
    }
    upper.push(highest);
    lower.push(lowest);
  }
  return { upper, lower };
}

describe('computeDonchianChannel', () => {
  it('uses the previous `period` bars, never the current one (worked by hand)', () => {
    const high = Float64Array.of(5, 3, 4, 6, 2, 1);
    const low = Float64Array.of(2, 1, 3, 4, 0, 1);
    const { upper, lower } = computeDonchianChannel(high, low, 2);
    expect(Array.from(upper)).toEqual([NaN, NaN, 5, 4, 6, 6]);
    expect(Array.from(lower)).toEqual([NaN, NaN, 1, 1, 3, 0]);
  });

  it('equals the naive window scan on random series, ties and plateaus included', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { maxLength: 120 }),
      fc.integer({ min: 1, max: 20 }),
      (rows, period) => {
        const high = Float64Array.from(rows, ([a, b]) => Math.max(a, b));
        const low = Float64Array.from(rows, ([a, b]) => Math.min(a, b));
        const { upper, lower } = computeDonchianChannel(high, low, period);
        const expected = naiveDonchian(high, low, period);
        expect(Array.from(upper)).toEqual(expected.upper);
        expect(Array.from(lower)).toEqual(expected.lower);
      },
    ));
  });

  it.each(MARKET_FILES)('equals the naive window scan on %s', (file) => {
    const { high, low } = readMarketColumns(file);
    for (const period of [1, 20, 55]) {
      const { upper, lower } = computeDonchianChannel(high, low, period);
      const expected = naiveDonchian(high, low, period);
      expect(Array.from(upper)).toEqual(expected.upper);
      expect(Array.from(lower)).toEqual(expected.lower);
    }
  });
});
