import { describe, expect, it } from 'vitest';
import { smaCrossover } from './sma_crossover.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('sma_crossover', () => {
  // closes      10   9    8    9    11   12   11   9    8    9
  // SMA(2)       -  9.5  8.5  8.5  10  11.5 11.5  10  8.5  8.5
  // SMA(3)       -   -    9  8.67 9.33 10.67 11.33 10.67 9.33 8.67
  // SMA(2) crosses above SMA(3) at bar 4 and back below at bar 7.
  const bars = barsFrom([10, 9, 8, 9, 11, 12, 11, 9, 8, 9]);

  it('is long while SMA(short) > SMA(long), flat otherwise and during warm-up', () => {
    expect(targetsOf(smaCrossover, bars, { short: 2, long: 3 }, false)).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
  });

  it('is short while SMA(short) < SMA(long) when shorting is allowed', () => {
    expect(targetsOf(smaCrossover, bars, { short: 2, long: 3 }, true)).toEqual([0, 0, -1, -1, 1, 1, 1, -1, -1, -1]);
  });

  it('is flat when the averages are equal, in both modes', () => {
    // SMA(2): 1.5 2.5 3 3; SMA(3): 2 2.67 3 → above, above, equal.
    const flatEnd = barsFrom([1, 2, 3, 3, 3]);
    expect(targetsOf(smaCrossover, flatEnd, { short: 2, long: 3 }, false)).toEqual([0, 0, 1, 1, 0]);
    expect(targetsOf(smaCrossover, flatEnd, { short: 2, long: 3 }, true)).toEqual([0, 0, 1, 1, 0]);
  });

  it('needs `long` bars of warm-up', () => {
    expect(smaCrossover.warmupBars({ short: 20, long: 50 })).toBe(50);
    expect(smaCrossover.warmupBars({ short: 2, long: 3 })).toBe(3);
  });
});
