import { describe, expect, it } from 'vitest';
import { computeReturnMoments } from './return_moments.js';

describe('computeReturnMoments', () => {
  it('matches moments worked by hand', () => {
    // Capital 100, equity 110, 99, 108.9, 98.01: returns +10 %, −10 %, +10 %, −10 %. Mean 0, every
    // deviation ±0.1: m2 = 0.01, m3 = 0, m4 = 0.0001 → skewness 0, kurtosis 0.0001 / 0.01² = 1.
    const moments = computeReturnMoments(Float64Array.of(110, 99, 108.9, 98.01), 100)!;
    expect(moments.count).toBe(4);
    expect(moments.mean).toBeCloseTo(0, 15);
    expect(moments.skewness).toBeCloseTo(0, 12);
    expect(moments.kurtosis).toBeCloseTo(1, 12);
  });

  it('sees a lopsided distribution', () => {
    // Returns 0, 0, 0, +30 %: mean 0.075; deviations −0.075 ×3 and 0.225.
    // m2 = (3·0.005625 + 0.050625) / 4 = 0.016875; m3 = (3·(−0.000421875) + 0.011390625) / 4 = 0.0025312…;
    // skewness = m3 / m2^1.5 = 0.00253125 / 0.0021921 = 1.1547 (= 2/√3 for a 3:1 two-point distribution).
    const moments = computeReturnMoments(Float64Array.of(100, 100, 100, 130), 100)!;
    expect(moments.skewness).toBeCloseTo(2 / Math.sqrt(3), 12);
    // Kurtosis of a two-point distribution with p = 1/4: (1 − 3p + 3p²) / (p(1 − p)) = (1 − 0.75 + 0.1875) / 0.1875 = 7/3.
    expect(moments.kurtosis).toBeCloseTo(7 / 3, 12);
  });

  it('is null for a flat curve or a single bar', () => {
    expect(computeReturnMoments(Float64Array.of(100, 100, 100), 100)).toBeNull();
    expect(computeReturnMoments(Float64Array.of(110), 100)).toBeNull();
  });
});
