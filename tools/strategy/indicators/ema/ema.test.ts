import { EMA } from 'technicalindicators';
import { describe, expect, it } from 'vitest';
import { expectSeriesMatch } from '../test_support/expect_series.js';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { computeEma } from './ema.js';

describe('computeEma', () => {
  it('seeds with the mean of the first `period` values, then smooths with alpha = 2 / (period + 1)', () => {
    // period 3 → alpha 0.5; seed (2 + 4 + 6) / 3 = 4; then 4 + (8 − 4)·0.5 = 6; 6 + (4 − 6)·0.5 = 5.
    expect(Array.from(computeEma(Float64Array.of(2, 4, 6, 8, 4), 3))).toEqual([NaN, NaN, 4, 6, 5]);
    // period 1 → alpha 1: the EMA is the series itself.
    expect(Array.from(computeEma(Float64Array.of(3, 1, 2), 1))).toEqual([3, 1, 2]);
    expect(Array.from(computeEma(Float64Array.of(3, 1), 3))).toEqual([NaN, NaN]);
  });

  it('treats a leading run of NaN as the input’s warm-up and starts `period` values after it', () => {
    expect(Array.from(computeEma(Float64Array.of(NaN, NaN, 2, 4, 6, 8, 4), 3))).toEqual([NaN, NaN, NaN, NaN, 4, 6, 5]);
    expect(Array.from(computeEma(Float64Array.of(NaN, NaN), 1))).toEqual([NaN, NaN]);
  });

  // Same seed summed in the same order and the same update (value − ema)·alpha + ema, so the
  // results are identical to the last bit (observed); 1e-9 is the house tolerance.
  it.each(MARKET_FILES)('equals technicalindicators EMA on %s', (file) => {
    const { close } = readMarketColumns(file);
    for (const period of [2, 12, 26, 200]) {
      const reference = EMA.calculate({ period, values: Array.from(close) });
      expect(expectSeriesMatch(computeEma(close, period), reference, period - 1, 1e-9)).toBe(0);
    }
  });
});
