import { RSI } from 'technicalindicators';
import { describe, expect, it } from 'vitest';
import { countLeadingNaN } from '../test_support/expect_series.js';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { computeRsi } from './rsi.js';

/** Wilder's RSI written from the textbook definition, array by array, for exact comparison. */
function textbookWilderRsi(closes: readonly number[], period: number): number[] {
  const changes = closes.slice(1).map((close, i) => close - closes[i]!);
  const gains = changes.map((change) => Math.max(change, 0));
  const losses = changes.map((change) => Math.max(-change, 0));
  let averageGain = gains.slice(0, period).reduce((sum, gain) => sum + gain, 0) / period;
  let averageLoss = losses.slice(0, period).reduce((sum, loss) => sum + loss, 0) / period;
  const rsi = (gain: number, loss: number) => (loss === 0 ? (gain === 0 ? 50 : 100) : 100 - 100 / (1 + gain / loss));
  const values = [rsi(averageGain, averageLoss)];
  for (let i = period; i < changes.length; i++) {
    averageGain = (averageGain * (period - 1) + gains[i]!) / period;
    averageLoss = (averageLoss * (period - 1) + losses[i]!) / period;
    values.push(rsi(averageGain, averageLoss));
  }
  return values;
}

describe('computeRsi', () => {
  it('uses Wilder smoothing, first value at index `period` (worked by hand)', () => {
    // changes +1 −1 +2 0 −1, period 2. Bar 2: gains (1 + 0)/2, losses (0 + 1)/2 → RS 1 → 50.
    // Bar 3: gain (0.5 + 2)/2 = 1.25, loss (0.5 + 0)/2 = 0.25 → RS 5 → 100 − 100/6.
    // Bar 4: 0.625 / 0.125 → RS 5 again. Bar 5: 0.3125 / 0.5625 → RS 5/9 → 100·5/14.
    const rsi = computeRsi(Float64Array.of(10, 11, 10, 12, 12, 11), 2);
    expect(rsi[0]).toBeNaN();
    expect(rsi[1]).toBeNaN();
    expect(rsi[2]).toBe(50);
    expect(rsi[3]).toBeCloseTo(100 - 100 / 6, 12);
    expect(rsi[4]).toBeCloseTo(100 - 100 / 6, 12);
    expect(rsi[5]).toBeCloseTo(500 / 14, 12);
  });

  it('is 100 with only gains, 0 with only losses, 50 when nothing moved', () => {
    expect(Array.from(computeRsi(Float64Array.of(1, 2, 3, 4), 2))).toEqual([NaN, NaN, 100, 100]);
    expect(Array.from(computeRsi(Float64Array.of(4, 3, 2, 1), 2))).toEqual([NaN, NaN, 0, 0]);
    expect(Array.from(computeRsi(Float64Array.of(5, 5, 5, 5), 2))).toEqual([NaN, NaN, 50, 50]);
    expect(Array.from(computeRsi(Float64Array.of(5, 6), 2))).toEqual([NaN, NaN]);
  });

  it.each(MARKET_FILES)('equals a textbook Wilder RSI exactly on %s', (file) => {
    const { close } = readMarketColumns(file);
    for (const period of [2, 14, 30]) {
      const actual = computeRsi(close, period);
      expect(countLeadingNaN(actual)).toBe(period);
      expect(Array.from(actual.subarray(period))).toEqual(textbookWilderRsi(Array.from(close), period));
    }
  });

  // technicalindicators rounds every RSI to two decimals (toFixed(2)). It also says 100, not 50,
  // when both averages are 0, which only happens if the first `period` changes are all 0 (not so
  // in these files).
  it.each(MARKET_FILES)('equals technicalindicators RSI to 2 decimals on %s', (file) => {
    const { close } = readMarketColumns(file);
    for (const period of [2, 14, 30]) {
      const reference = RSI.calculate({ period, values: Array.from(close) });
      const actual = computeRsi(close, period);
      expect(actual.length - period).toBe(reference.length);
      for (let slot = 0; slot < reference.length; slot++) {
        expect(Math.abs(actual[period + slot]! - reference[slot]!)).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    }
  });
});
