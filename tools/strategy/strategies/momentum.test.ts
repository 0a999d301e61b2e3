import { describe, expect, it } from 'vitest';
import { momentum } from './momentum.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('momentum', () => {
  // lookback 2: bar 2: 12/10 − 1 > 0; bar 3: 10/11 − 1 < 0; bar 4: 12/12 − 1 = 0;
  // bar 5: 9/10 − 1 < 0; bar 6: 12/12 − 1 = 0; bar 7: 11/9 − 1 > 0.
  const bars = barsFrom([10, 11, 12, 10, 12, 9, 12, 11]);

  it('is long while the close is above the close `lookback` bars earlier', () => {
    expect(targetsOf(momentum, bars, { lookback: 2 }, false)).toEqual([0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('is short while below when shorting is allowed, flat when unchanged', () => {
    expect(targetsOf(momentum, bars, { lookback: 2 }, true)).toEqual([0, 0, 1, -1, 0, -1, 0, 1]);
  });

  it('needs lookback + 1 bars of warm-up', () => {
    expect(momentum.warmupBars({ lookback: 90 })).toBe(91);
  });
});
