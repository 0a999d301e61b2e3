import { describe, expect, it } from 'vitest';
import { emaCrossover } from './ema_crossover.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('ema_crossover', () => {
  // EMA(2), alpha 2/3, seed (10 + 9)/2 at bar 1: 19/2 17/2 53/6 185/18 617/54 1805/162 4721/486 12497/1458 …
  //          ≈ 9.5 8.5 8.83 10.28 11.43 11.14 9.71 8.57 8.86
  // EMA(3), alpha 1/2, seed (10 + 9 + 8)/3 at bar 2: 9 9 10 11 11 10 9 9
  // EMA(2) − EMA(3) by bar: −0.5 −0.17 +0.28 +0.43 +0.14 −0.29 −0.43 −0.14
  const bars = barsFrom([10, 9, 8, 9, 11, 12, 11, 9, 8, 9]);

  it('is long while EMA(short) > EMA(long), with SMA-seeded EMAs', () => {
    expect(targetsOf(emaCrossover, bars, { short: 2, long: 3 }, false)).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
  });

  it('is short while EMA(short) < EMA(long) when shorting is allowed', () => {
    expect(targetsOf(emaCrossover, bars, { short: 2, long: 3 }, true)).toEqual([0, 0, -1, -1, 1, 1, 1, -1, -1, -1]);
  });

  it('seeds each EMA with the mean of its first window, not with the first close', () => {
    // Closes 1 1 2 1. EMA(2): 1 (bar 1), 5/3, 11/9. EMA(3): 4/3 (bar 2), 7/6 → long at bars 2 and 3.
    // Seeded with the first close, EMA(3) would be 1, 1, 3/2, 5/4 and bar 3 short (11/9 < 5/4).
    expect(targetsOf(emaCrossover, barsFrom([1, 1, 2, 1]), { short: 2, long: 3 }, true)).toEqual([0, 0, 1, 1]);
  });

  it('needs `long` bars of warm-up', () => {
    expect(emaCrossover.warmupBars({ short: 12, long: 26 })).toBe(26);
  });
});
