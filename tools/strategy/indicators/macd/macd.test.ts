import { MACD } from 'technicalindicators';
import { describe, expect, it } from 'vitest';
import { expectSeriesMatch } from '../test_support/expect_series.js';
import { MARKET_FILES, readMarketColumns } from '../test_support/market_columns.js';
import { computeMacd } from './macd.js';

describe('computeMacd', () => {
  it('is EMA(fast) − EMA(slow) with an SMA-seeded EMA(signal) of it (worked as fractions)', () => {
    // fast 2: 3/2, 5/2, 25/6, 73/18, 289/54 from bar 1; slow 3: 2, 7/2, 15/4, 39/8 from bar 2.
    // line from bar 2: 1/2, 2/3, 11/36, 103/216. signal 2: seed (1/2 + 2/3)/2 = 7/12 at bar 3,
    // then 43/108, 73/162. histogram = line − signal: 1/12, −5/54, 17/648.
    const { line, signal, histogram } = computeMacd(Float64Array.of(1, 2, 3, 5, 4, 6), 2, 3, 2);
    const expectFractions = (series: Float64Array, expected: number[]) => {
      expect(series.length).toBe(expected.length);
      expected.forEach((value, t) => (Number.isNaN(value) ? expect(series[t]).toBeNaN() : expect(series[t]).toBeCloseTo(value, 12)));
    };
    expectFractions(line, [NaN, NaN, 1 / 2, 2 / 3, 11 / 36, 103 / 216]);
    expectFractions(signal, [NaN, NaN, NaN, 7 / 12, 43 / 108, 73 / 162]);
    expectFractions(histogram, [NaN, NaN, NaN, 1 / 12, -5 / 54, 17 / 648]);
  });

  // technicalindicators' MACD uses SMA oscillator/signal averages only when SimpleMAOscillator /
  // SimpleMASignal are true; false (also their default for a plain object) gives SMA-seeded EMAs,
  // our definition. The arithmetic is the same, so the match is exact (observed).
  it.each(MARKET_FILES)('equals technicalindicators MACD (EMA mode) on %s', (file) => {
    const { close } = readMarketColumns(file);
    for (const [fast, slow, signalPeriod] of [[12, 26, 9], [5, 35, 5], [3, 10, 16]] as const) {
      const reference = MACD.calculate({
        values: Array.from(close), fastPeriod: fast, slowPeriod: slow, signalPeriod,
        SimpleMAOscillator: false, SimpleMASignal: false,
      });
      const { line, signal, histogram } = computeMacd(close, fast, slow, signalPeriod);
      const signalWarmup = slow + signalPeriod - 2;
      const withSignal = reference.slice(signalPeriod - 1);
      expect(expectSeriesMatch(line, reference.map((row) => row.MACD!), slow - 1, 1e-9)).toBe(0);
      expect(expectSeriesMatch(signal, withSignal.map((row) => row.signal!), signalWarmup, 1e-9)).toBe(0);
      expect(expectSeriesMatch(histogram, withSignal.map((row) => row.histogram!), signalWarmup, 1e-9)).toBe(0);
    }
  });
});
