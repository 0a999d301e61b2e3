import { describe, expect, it } from 'vitest';
import { buyAndHold } from './buy_and_hold.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('buy_and_hold', () => {
  const bars = barsFrom([10, 8, 6, 4]);

  it('is long on every bar, the first included, and ignores allowShort', () => {
    expect(targetsOf(buyAndHold, bars, {}, false)).toEqual([1, 1, 1, 1]);
    expect(targetsOf(buyAndHold, bars, {}, true)).toEqual([1, 1, 1, 1]);
  });

  it('needs one bar', () => {
    expect(buyAndHold.warmupBars({})).toBe(1);
  });
});
