import { describe, expect, it } from 'vitest';
import { rsiMeanReversion } from './rsi_mean_reversion.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('rsi_mean_reversion', () => {
  // Wilder RSI(2). changes: −1 −1 +0.5 −0.3 +1.8 +1 −0.5 −0.3 −1.2 −1 +0.4
  // bar  2: avg gain 0,        avg loss 1      → RSI 0
  // bar  3: 0.25,   0.5   → RS 0.5    → 33.3      bar 4: 0.125,  0.4   → 23.8
  // bar  5: 0.9625, 0.2   → RS 4.81   → 82.8      bar 6: 0.98125, 0.1  → 90.8
  // bar  7: 0.4906, 0.3   → 62.1      bar 8: 0.2453, 0.3 → 45.0      bar 9: 0.1227, 0.75 → 14.1
  // bar 10: 0.0613, 0.875 → 6.6       bar 11: 0.2307, 0.4375 → 34.5
  const bars = barsFrom([10, 9, 8, 8.5, 8.2, 10, 11, 10.5, 10.2, 9, 8, 8.4]);
  const params = { period: 2, lower: 30, upper: 70 };

  it('enters below lower, holds between the bounds, exits above upper', () => {
    // Enter at bar 2 (0 < 30), hold through 33.3 (bar 3), exit at 82.8 (bar 5), stay flat through
    // 62.1 and 45.0 (bars 7–8, between the bounds), re-enter at 14.1 (bar 9), hold through 34.5.
    expect(targetsOf(rsiMeanReversion, bars, params, false)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('mirrors with shorting: short above upper, cover below lower, reversing on the same bar', () => {
    // Bar 5: the long exits above 70 and the same reading enters the short; bar 9 covers below 30
    // and goes long at once.
    expect(targetsOf(rsiMeanReversion, bars, params, true)).toEqual([0, 0, 1, 1, 1, -1, -1, -1, -1, 1, 1, 1]);
  });

  it('uses the bounds it is given', () => {
    // With upper 85, the 82.8 at bar 5 no longer exits the long; the 90.8 at bar 6 does. Lower 25
    // changes nothing here: the entries (0 at bar 2, 14.1 at bar 9) are below it too.
    expect(targetsOf(rsiMeanReversion, bars, { period: 2, lower: 25, upper: 85 }, false))
      .toEqual([0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1]);
  });

  it('needs period + 1 bars of warm-up', () => {
    expect(rsiMeanReversion.warmupBars({ period: 14, lower: 30, upper: 70 })).toBe(15);
  });
});
