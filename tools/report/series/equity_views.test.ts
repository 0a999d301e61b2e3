import { describe, expect, it } from 'vitest';
import { periodReturns, returnHistogram, underwaterCurve } from './equity_views.js';

describe('equity views (checked by hand)', () => {
  it('underwater curve: falls from the running peak, the initial capital the first peak; the deepest point and its peak', () => {
    const curve = underwaterCurve([110, 99, 121, 60.5, 90], 100);
    expect([...curve.drawdown].map((value) => Math.round(value * 1e9) / 1e9)).toEqual([0, -0.1, 0, -0.5, -0.256198347]);
    expect(curve.trough).toBe(3);
    expect(curve.peak).toBe(2);
    // Below the capital from the first bar: the peak is the capital itself, before bar 0.
    expect(underwaterCurve([90, 80, 95], 100)).toMatchObject({ trough: 1, peak: 0 });
    expect(underwaterCurve([100, 101, 102], 100).trough).toBe(-1);
  });

  it('monthly and yearly returns from each period\'s last value, the first from the capital', () => {
    const times = ['2021-11-30', '2021-12-15', '2021-12-31', '2022-01-10', '2022-01-31'];
    const { monthly, yearly } = periodReturns(times, [110, 120, 132, 100, 99], 100);
    expect(monthly.map(([year, month, value]) => [year, month, Math.round(value * 1e6) / 1e6])).toEqual([
      [2021, 11, 0.1], [2021, 12, 0.2], [2022, 1, -0.25],
    ]);
    expect(yearly.map(([year, value]) => [year, Math.round(value * 1e6) / 1e6])).toEqual([[2021, 0.32], [2022, -0.25]]);
  });

  it('histogram of bar returns: every bar counted once, in equal bins from the smallest to the largest', () => {
    const histogram = returnHistogram([110, 99, 99, 118.8], 100, 4);
    // Returns: +10%, −10%, 0%, +20% → bins of 7.5% from −10%.
    expect(histogram.counts).toEqual([1, 1, 1, 1]);
    expect(histogram.edges[0]).toBeCloseTo(-0.1, 12);
    expect(histogram.width).toBeCloseTo(0.075, 12);
    expect(returnHistogram([100, 100], 100).counts).toEqual([2]);
  });
});
