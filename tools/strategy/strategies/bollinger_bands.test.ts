import { describe, expect, it } from 'vitest';
import { bollingerBands } from './bollinger_bands.js';
import { barsFrom, targetsOf } from './test_support/run_strategy.js';

describe('bollinger_bands', () => {
  // period 3, std_dev 1 (population σ). bar: close | lower  middle  upper
  //  2: 10 | 9.86 10.33 10.80    3:  8 | 8.42  9.67 10.91    4:  9 | 8.18  9    9.82
  //  5: 10 | 8.18  9    9.82     6: 12 | 9.09 10.33 11.58    7: 11 | 10.18 11   11.82
  //  8: 10 | 10.18 11  11.82     9: 13 | 10.09 11.33 12.58  10: 12 | 10.42 11.67 12.91
  const bars = barsFrom([10, 11, 10, 8, 9, 10, 12, 11, 10, 13, 12]);
  const params = { period: 3, std_dev: 1 };

  it('enters below the lower band and exits only above the middle band', () => {
    // Bar 3 enters (8 < 8.42); bar 4 holds (9 is not above the middle 9); bar 5 exits (10 > 9);
    // bar 8 enters again (10 < 10.18); bar 9 exits (13 > 11.33).
    expect(targetsOf(bollingerBands, bars, params, false)).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0]);
  });

  it('mirrors with shorting: short above the upper band, cover below the middle', () => {
    // Bar 5: 10 exits the long and is above the upper 9.82 → short. Bar 7 holds (11 is not below
    // the middle 11). Bar 8 covers (10 < 11) and is below the lower band → long. Bar 9: 13 exits
    // and is above the upper 12.58 → short, held at bar 10.
    expect(targetsOf(bollingerBands, bars, params, true)).toEqual([0, 0, 0, 1, 1, -1, -1, -1, 1, -1, -1]);
  });

  it('widens with std_dev: at 1.5 σ the bar-3 dip is no longer below the band', () => {
    // Bar 3: σ of (11, 10, 8) is 1.25, so the lower band is 9.67 − 1.5 × 1.25 = 7.80 and 8 is above it.
    expect(targetsOf(bollingerBands, bars, { period: 3, std_dev: 1.5 }, false)[3]).toBe(0);
  });

  it('needs `period` bars of warm-up', () => {
    expect(bollingerBands.warmupBars({ period: 20, std_dev: 2 })).toBe(20);
  });
});
