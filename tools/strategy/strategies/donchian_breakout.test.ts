import { describe, expect, it } from 'vitest';
import { donchianBreakout } from './donchian_breakout.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('donchian_breakout', () => {
  // period 2 (entry), exit_period 1. Channels use the bars BEFORE the current one.
  // bar  high  low   close | entry high (2) | entry low (2) | exit low (1) | exit high (1)
  //  2   11.5  10    11.2  |  11            |  9             |  9.5         | 11
  //  3   11.6  10.8  11.0  |  11.5          |  9.5           | 10           | 11.5
  //  4   11.2  10.2  10.5  |  11.6          | 10             | 10.8         | 11.6
  //  5   10.4   9.0   9.2  |  11.6          | 10.2           | 10.2         | 11.2
  //  6    9.8   8.8   9.6  |  11.2          |  9.0           |  9.0         | 10.4
  //  7   11.0   9.5  10.8  |  10.4          |  8.8           |  8.8         |  9.8
  //  8   10.9  10.0  10.6  |  11.0          |  8.8           |  9.5         | 11.0
  const high = [10, 11, 11.5, 11.6, 11.2, 10.4, 9.8, 11.0, 10.9];
  const low = [9, 9.5, 10, 10.8, 10.2, 9.0, 8.8, 9.5, 10.0];
  const close = [9.5, 10.5, 11.2, 11.0, 10.5, 9.2, 9.6, 10.8, 10.6];
  const bars = barsFrom(close, high, low);
  const params = { period: 2, exit_period: 1 };

  it('enters on a close above the previous highs and exits on a close below the previous lows', () => {
    // Bar 2 breaks out (11.2 > 11); bar 3 holds (11.0 ≥ 10); bar 4 exits (10.5 < 10.8);
    // bar 7 breaks out again (10.8 > 10.4) and holds at bar 8 (10.6 ≥ 9.5).
    expect(targetsOf(donchianBreakout, bars, params, false)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 1]);
  });

  it('mirrors with shorting: short below the entry lows, cover above the exit highs', () => {
    // Bar 5 breaks down (9.2 < 10.2) → short; bar 6 holds (9.6 ≤ 10.4); bar 7 covers (10.8 > 9.8)
    // and breaks out (10.8 > 10.4) → long on the same bar.
    expect(targetsOf(donchianBreakout, bars, params, true)).toEqual([0, 0, 1, 1, 0, -1, -1, 1, 1]);
  });

  it('never counts the current bar in its own channel', () => {
    // A close at the bar's own high is a breakout only against the previous bars' highs.
    const rising = barsFrom([1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]);
    expect(targetsOf(donchianBreakout, rising, { period: 1, exit_period: 1 }, false)).toEqual([0, 1, 1, 1]);
  });

  it('needs max(period, exit_period) + 1 bars of warm-up', () => {
    expect(donchianBreakout.warmupBars({ period: 20, exit_period: 10 })).toBe(21);
    expect(donchianBreakout.warmupBars({ period: 5, exit_period: 30 })).toBe(31);
  });
});
