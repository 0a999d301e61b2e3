import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCagr } from './cagr.js';
import { computeCalmarRatio } from './calmar_ratio.js';
import { summarizeEquityCurve, type EquityCurveSummary } from './equity_curve_summary.js';
import { computeExposure } from './exposure.js';
import { computeMaxDrawdown } from './max_drawdown.js';
import { computeSharpeRatio } from './sharpe_ratio.js';
import { computeSortinoRatio } from './sortino_ratio.js';
import { computeTotalReturn } from './total_return.js';
import { computeVolatility } from './volatility.js';

const DIGITS = 12;

/** The summary of a curve under an annual risk-free rate; every bar long unless positions are given. */
function summarize(values: number[], initialCapital: number, { riskFreeRate = 0, periodsPerYear = 4, positions }: {
  riskFreeRate?: number; periodsPerYear?: number; positions?: number[];
} = {}): EquityCurveSummary {
  return summarizeEquityCurve({
    equity: Float64Array.from(values),
    initialCapital,
    position: Int8Array.from(positions ?? values.map(() => 1)),
    riskFreePerBar: riskFreeRate / periodsPerYear,
  });
}

/**
 * The worked example. Capital 100, closes 110, 99, 108.9, 119.79, ppy = 4 (so √ppy = 2).
 *   r = 110/100 − 1, 99/110 − 1, 108.9/99 − 1, 119.79/108.9 − 1 = 0.1, −0.1, 0.1, 0.1
 *   mean = 0.2 / 4 = 0.05
 *   deviations 0.05, −0.15, 0.05, 0.05 → squares 0.0025 + 0.0225 + 0.0025 + 0.0025 = 0.03
 *   sample variance = 0.03 / 3 = 0.01 → sample std = 0.1 → volatility = 0.1 × 2 = 0.2
 */
const capital = 100;
const equity = [110, 99, 108.9, 119.79];
const ppy = 4;

describe('summarizeEquityCurve', () => {
  it('gives the mean and the Bessel-corrected std of the worked example', () => {
    const summary = summarize(equity, capital);
    expect(summary.count).toBe(4);
    expect(summary.mean).toBeCloseTo(0.05, DIGITS);
    expect(summary.sampleStd).toBeCloseTo(0.1, DIGITS);
  });

  it('downside deviation, rf = 0: shortfalls 0, −0.1, 0, 0 → √(0.01 / 4) = 0.05', () => {
    expect(summarize(equity, capital).downsideDeviation).toBeCloseTo(0.05, DIGITS);
  });

  it('downside deviation, rf = 0.04 at ppy 4 (0.01 a bar): shortfalls 0, −0.11, 0, 0 → √(0.0121 / 4) = 0.055', () => {
    const summary = summarize(equity, capital, { riskFreeRate: 0.04 });
    expect(summary.riskFreePerBar).toBeCloseTo(0.01, DIGITS);
    expect(summary.downsideDeviation).toBeCloseTo(0.055, DIGITS);
  });

  it('worst drawdown 99 / 110 − 1 = −0.1; bars in market counted from the positions', () => {
    const summary = summarize(equity, capital, { positions: [0, 1, -1, 0] });
    expect(summary.worstDrawdown).toBeCloseTo(-0.1, DIGITS);
    expect(summary.barsInMarket).toBe(2);
  });

  it('returns 0 for bars after the account fell to or below zero, not a ratio of non-positive equities: 50, −20, −20, 0 from 100', () => {
    // r = −0.5, −20/50 − 1 = −1.4, then 0, 0: mean −1.9 / 4 = −0.475; shortfalls² 0.25 + 1.96 → √(2.21 / 4)
    const summary = summarize([50, -20, -20, 0], 100);
    expect(summary.mean).toBeCloseTo(-0.475, DIGITS);
    expect(summary.downsideDeviation).toBeCloseTo(Math.sqrt(2.21 / 4), DIGITS);
    expect(summary.worstDrawdown).toBeCloseTo(-1.2, DIGITS);
  });

  it('rejects a non-finite equity value with invalid_argument naming the bar', () => {
    expect(() => summarize([100, Number.NaN], 100)).toThrow(expect.objectContaining({ code: 'invalid_argument', details: { bar: 1 } }));
    expect(() => summarize([100, 100, Number.NEGATIVE_INFINITY], 100)).toThrow(expect.objectContaining({ details: { bar: 2 } }));
  });

  it('has no sample std for fewer than two returns, and nothing at all for no bars', () => {
    expect(summarize([103], 100).sampleStd).toBeNull();
    expect(summarize([], 100)).toEqual({
      count: 0, mean: 0, sampleStd: null, riskFreePerBar: 0, downsideDeviation: null, worstDrawdown: 0, barsInMarket: 0,
    });
  });

  it('agrees with the textbook multi-pass formulas on any positive curve (returns array, two-pass variance)', () => {
    const cents = fc.integer({ min: 1, max: 100_000_000 }).map((value) => value / 100);
    const curve = fc.record({
      values: fc.array(cents, { minLength: 2, maxLength: 80 }),
      initialCapital: cents,
      riskFreePerBar: fc.double({ min: -0.001, max: 0.002, noNaN: true }),
    });
    fc.assert(fc.property(curve, ({ values, initialCapital, riskFreePerBar }) => {
      const positions = values.map((_, t) => (t % 3) - 1);
      const summary = summarizeEquityCurve({
        equity: Float64Array.from(values), initialCapital, position: Int8Array.from(positions), riskFreePerBar,
      });
      const returns = values.map((value, t) => value / (t === 0 ? initialCapital : values[t - 1]!) - 1);
      const n = returns.length;
      const mean = returns.reduce((sum, r) => sum + r, 0) / n;
      const variance = returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (n - 1);
      const downside = Math.sqrt(returns.reduce((sum, r) => sum + Math.min(r - riskFreePerBar, 0) ** 2, 0) / n);
      const peaks = values.map((_, t) => Math.max(initialCapital, ...values.slice(0, t + 1)));
      const worst = Math.min(0, ...values.map((value, t) => value / peaks[t]! - 1));
      const close = (actual: number | null, expected: number) =>
        expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      close(summary.mean, mean);
      close(summary.sampleStd, Math.sqrt(variance));
      close(summary.downsideDeviation, downside);
      close(summary.worstDrawdown, worst);
      expect(summary.barsInMarket).toBe(positions.filter((side) => side !== 0).length);
    }));
  });
});

describe('summarizeEquityCurve over long curves (many blocks of returns)', () => {
  /** Equity compounding the given returns from `initialCapital`. */
  const compound = (returns: number[], initialCapital: number) => {
    let level = initialCapital;
    return Float64Array.from(returns, (r) => (level *= 1 + r));
  };
  /** The returns the summary sees (the equity rounds each one slightly), mean and two-pass sample variance. */
  const twoPass = (equity: Float64Array, initialCapital: number) => {
    const returns = Array.from(equity, (value, t) => value / (t === 0 ? initialCapital : equity[t - 1]!) - 1);
    const mean = returns.reduce((sum, r) => sum + r, 0) / returns.length;
    const variance = returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (returns.length - 1);
    return { mean, std: Math.sqrt(variance) };
  };

  it('agrees with the two-pass mean and std on curves of up to 2,000 bars', () => {
    const curve = fc.record({
      returns: fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 2, maxLength: 2_000 }),
      initialCapital: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(fc.property(curve, ({ returns, initialCapital }) => {
      const equity = compound(returns, initialCapital);
      const summary = summarizeEquityCurve({ equity, initialCapital, position: new Int8Array(equity.length), riskFreePerBar: 0 });
      const expected = twoPass(equity, initialCapital);
      expect(Math.abs(summary.mean - expected.mean)).toBeLessThanOrEqual(1e-12 * Math.max(1e-3, Math.abs(expected.mean)));
      expect(Math.abs(summary.sampleStd! - expected.std)).toBeLessThanOrEqual(1e-9 * expected.std + 1e-15);
    }), { numRuns: 200 });
  });

  it('keeps the std of returns a million times smaller than their mean (steady growth, tiny noise), over 300,000 bars', () => {
    // 0.1 % a bar ± 1e-9: a sum-of-squares formula would lose every digit of this std.
    const returns = Array.from({ length: 300_000 }, (_, t) => 0.001 + (((t * 7919) % 1000) / 1000 - 0.5) * 2e-9);
    const equity = compound(returns, 100);
    const summary = summarizeEquityCurve({ equity, initialCapital: 100, position: new Int8Array(equity.length), riskFreePerBar: 0 });
    const expected = twoPass(equity, 100);
    expect(summary.mean / expected.mean).toBeCloseTo(1, 12);
    expect(summary.sampleStd! / expected.std).toBeCloseTo(1, 6);
  });

  it('finds the same worst drawdown as dividing at every bar, on a long noisy curve', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 3_000 }), (returns) => {
      const equity = compound(returns, 1_000);
      let peak = 1_000;
      let worst = 0;
      for (const value of equity) {
        peak = Math.max(peak, value);
        worst = Math.min(worst, value / peak - 1);
      }
      expect(summarizeEquityCurve({ equity, initialCapital: 1_000, position: new Int8Array(equity.length), riskFreePerBar: 0 }).worstDrawdown).toBe(worst);
    }), { numRuns: 200 });
  });
});

describe('return-based metrics on the worked example', () => {
  const summary = summarize(equity, capital);

  it('total return = 119.79 / 100 − 1 = 0.1979', () => {
    expect(computeTotalReturn(119.79, capital)).toBeCloseTo(0.1979, DIGITS);
  });

  it('volatility = 0.1 × √4 = 0.2', () => {
    expect(computeVolatility(summary, ppy)).toBeCloseTo(0.2, DIGITS);
  });

  it('sharpe with rf = 0: 0.05 / 0.1 × 2 = 1', () => {
    expect(computeSharpeRatio(summary, ppy)).toBeCloseTo(1, DIGITS);
  });

  it('sharpe with rf = 0.04: per bar 0.01, (0.05 − 0.01) / 0.1 × 2 = 0.8', () => {
    expect(computeSharpeRatio(summarize(equity, capital, { riskFreeRate: 0.04 }), ppy)).toBeCloseTo(0.8, DIGITS);
  });

  it('sortino with rf = 0: downside √((0 + 0.01 + 0 + 0) / 4) = 0.05, 0.05 / 0.05 × 2 = 2', () => {
    expect(computeSortinoRatio(summary, ppy)).toBeCloseTo(2, DIGITS);
  });

  it('sortino with rf = 0.04: excess 0.09, −0.11, 0.09, 0.09; downside √(0.0121 / 4) = 0.055; 0.04 / 0.055 × 2 = 16/11', () => {
    expect(computeSortinoRatio(summarize(equity, capital, { riskFreeRate: 0.04 }), ppy)).toBeCloseTo(16 / 11, DIGITS);
  });

  it('max drawdown = 99 / 110 − 1 = −0.1', () => {
    expect(computeMaxDrawdown(summary)).toBeCloseTo(-0.1, DIGITS);
  });

  it('cagr over 4 bars at ppy 4 is one year: 1.1979^1 − 1 = 0.1979; calmar = 0.1979 / 0.1 = 1.979', () => {
    const cagr = computeCagr(119.79, capital, 4, ppy);
    expect(cagr).toBeCloseTo(0.1979, DIGITS);
    expect(computeCalmarRatio(cagr, -0.1)).toBeCloseTo(1.979, DIGITS);
  });
});

describe('computeCagr', () => {
  it('annualises by compounding: 121 from 100 over 504 daily equity bars is 1.21^(252/504) − 1 = 0.1', () => {
    expect(computeCagr(121, 100, 504, 252)).toBeCloseTo(0.1, DIGITS);
  });

  it('compounds a short run up: 110 from 100 over 2 bars at ppy 4 is 1.1^2 − 1 = 0.21', () => {
    expect(computeCagr(110, 100, 2, 4)).toBeCloseTo(0.21, DIGITS);
  });

  it('is null with no bars, when the account ended at or below zero, and when it overflows', () => {
    expect(computeCagr(100, 100, 0, 252)).toBeNull();
    expect(computeCagr(0, 100, 10, 252)).toBeNull();
    expect(computeCagr(-5, 100, 10, 252)).toBeNull();
    // (1e10)^8760 is far beyond the largest double.
    expect(computeCagr(1e12, 100, 1, 8760)).toBeNull();
  });
});

describe('computeMaxDrawdown', () => {
  const drawdownOf = (values: number[], initialCapital: number) => computeMaxDrawdown(summarize(values, initialCapital));

  it('tracks the running peak: 90, 120, 84, 100, 130, 65 from 100 → worst is 65 / 130 − 1 = −0.5', () => {
    // peaks 100, 120, 120, 120, 130, 130 → drawdowns −0.1, 0, −0.3, −1/6, 0, −0.5
    expect(drawdownOf([90, 120, 84, 100, 130, 65], 100)).toBeCloseTo(-0.5, DIGITS);
  });

  it('counts the initial capital as the first peak: 80, 90 from 100 → 80 / 100 − 1 = −0.2', () => {
    expect(drawdownOf([80, 90], 100)).toBeCloseTo(-0.2, DIGITS);
  });

  it('is 0 for a curve that never falls below its peak, and for no bars', () => {
    expect(drawdownOf([100, 101, 101, 150], 100)).toBe(0);
    expect(drawdownOf([], 100)).toBe(0);
  });

  it('reports a wiped-out account (equity below zero after a short) as −1', () => {
    expect(drawdownOf([50, -20, -20], 100)).toBe(-1);
  });
});

describe('degenerate return series', () => {
  it('a flat curve has volatility 0 and no Sharpe, Sortino or Calmar', () => {
    const summary = summarize([100, 100, 100], 100, { periodsPerYear: 252 });
    expect(computeVolatility(summary, 252)).toBe(0);
    expect(computeSharpeRatio(summary, 252)).toBeNull();
    expect(computeSortinoRatio(summary, 252)).toBeNull();
    expect(computeCalmarRatio(computeCagr(100, 100, 3, 252), 0)).toBeNull();
  });

  it('a flat curve under a positive risk-free rate has Sortino −√ppy: every bar falls short by rf/ppy', () => {
    // excess = −0.04/4 = −0.01 each bar; downside √(3 × 0.0001 / 3) = 0.01; −0.01 / 0.01 × 2 = −2
    expect(computeSortinoRatio(summarize([100, 100, 100], 100, { riskFreeRate: 0.04 }), 4)).toBeCloseTo(-2, DIGITS);
  });

  it('one bar: no volatility or Sharpe; Sortino of a single loss −0.05 is −0.05 / 0.05 × √4 = −2', () => {
    const summary = summarize([95], 100);
    expect(computeVolatility(summary, 4)).toBeNull();
    expect(computeSharpeRatio(summary, 4)).toBeNull();
    expect(computeSortinoRatio(summary, 4)).toBeCloseTo(-2, DIGITS);
  });

  it('no bars: no Sortino, exposure 0', () => {
    const summary = summarize([], 100, { periodsPerYear: 252 });
    expect(computeSortinoRatio(summary, 252)).toBeNull();
    expect(computeExposure(summary)).toBe(0);
  });

  it('calmar is null when cagr is', () => {
    expect(computeCalmarRatio(null, -0.3)).toBeNull();
  });
});
