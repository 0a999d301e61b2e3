import { describe, expect, it } from 'vitest';
import { macd } from './macd.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('macd', () => {
  // fast 2, slow 3, signal 2 on the closes below, in fractions:
  // line   = EMA(2) − EMA(3) from bar 2: −1/2, −1/6, 5/18, 23/54, 23/162, −139/486, −625/1458, −625/4374
  // signal = EMA(2) of the line, seeded (−1/2 − 1/6)/2 = −1/3 at bar 3: −1/3, 2/27, 25/81, 16/81,
  //          −91/729, −716/2187, −149/729
  // line − signal from bar 3: +0.17 +0.20 +0.12 −0.06 −0.16 −0.10 +0.06
  const bars = barsFrom([10, 9, 8, 9, 11, 12, 11, 9, 8, 9]);
  const params = { fast: 2, slow: 3, signal: 2 };

  it('is long while the MACD line is above the signal line; flat before the signal exists', () => {
    expect(targetsOf(macd, bars, params, false)).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
  });

  it('is short while the line is below the signal when shorting is allowed', () => {
    expect(targetsOf(macd, bars, params, true)).toEqual([0, 0, 0, 1, 1, 1, -1, -1, -1, 1]);
  });

  it('needs slow + signal − 1 bars of warm-up', () => {
    expect(macd.warmupBars({ fast: 12, slow: 26, signal: 9 })).toBe(34);
    expect(macd.warmupBars(params)).toBe(4);
  });
});
