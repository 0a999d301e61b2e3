import { describe, expect, it } from 'vitest';
import { computeCagr } from './cagr.js';
import { computeCalmarRatio } from './calmar_ratio.js';
import { computeMaxDrawdown } from './max_drawdown.js';
import { computeReturns } from './returns.js';
import { summarizeReturns } from './return_summary.js';
import { computeSharpeRatio } from './sharpe_ratio.js';
import { computeSortinoRatio } from './sortino_ratio.js';
import { computeTotalReturn } from './total_return.js';
import { computeVolatility } from './volatility.js';

const DIGITS = 12;

/**
 * The worked example. Capital 100, closes 110, 99, 108.9, 119.79, ppy = 4 (so √ppy = 2).
 *   r = 110/100 − 1, 99/110 − 1, 108.9/99 − 1, 119.79/108.9 − 1 = 0.1, −0.1, 0.1, 0.1
 *   mean = 0.2 / 4 = 0.05
 *   deviations 0.05, −0.15, 0.05, 0.05 → squares 0.0025 + 0.0225 + 0.0025 + 0.0025 = 0.03
 *   sample variance = 0.03 / 3 = 0.01 → sample std = 0.1 → volatility = 0.1 × 2 = 0.2
 */
const capital = 100;
const equity = Float64Array.of(110, 99, 108.9, 119.79);
const ppy = 4;

describe('computeReturns', () => {
  it('gives one return per bar, the first against the initial capital', () => {
    const returns = computeReturns(equity, capital);
    expect(returns).toHaveLength(4);
    [0.1, -0.1, 0.1, 0.1].forEach((expected, t) => expect(returns[t]).toBeCloseTo(expected, DIGITS));
  });

  it('returns 0 for bars after the account fell to or below zero, instead of a ratio of non-positive equities', () => {
    // 50/100 − 1 = −0.5; −20/50 − 1 = −1.4; then previous equity ≤ 0 → 0, 0.
    expect(Array.from(computeReturns(Float64Array.of(50, -20, -20, 0), 100))).toEqual([-0.5, -1.4, 0, 0]);
  });

  it('rejects a non-finite equity value with bad_input naming the bar', () => {
    expect(() => computeReturns(Float64Array.of(100, Number.NaN), 100)).toThrow(
      expect.objectContaining({ code: 'bad_input', details: { bar: 1 } }),
    );
  });
});

describe('summarizeReturns', () => {
  it('gives the mean and the Bessel-corrected std of the worked example', () => {
    const summary = summarizeReturns(computeReturns(equity, capital));
    expect(summary.count).toBe(4);
    expect(summary.mean).toBeCloseTo(0.05, DIGITS);
    expect(summary.sampleStd).toBeCloseTo(0.1, DIGITS);
  });

  it('has no sample std for fewer than two returns', () => {
    expect(summarizeReturns(Float64Array.of(0.3)).sampleStd).toBeNull();
    expect(summarizeReturns(new Float64Array(0))).toEqual({ count: 0, mean: 0, sampleStd: null });
  });
});

describe('return-based metrics on the worked example', () => {
  const returns = computeReturns(equity, capital);
  const summary = summarizeReturns(returns);

  it('total return = 119.79 / 100 − 1 = 0.1979', () => {
    expect(computeTotalReturn(119.79, capital)).toBeCloseTo(0.1979, DIGITS);
  });

  it('volatility = 0.1 × √4 = 0.2', () => {
    expect(computeVolatility(summary, ppy)).toBeCloseTo(0.2, DIGITS);
  });

  it('sharpe with rf = 0: 0.05 / 0.1 × 2 = 1', () => {
    expect(computeSharpeRatio(summary, ppy, 0)).toBeCloseTo(1, DIGITS);
  });

  it('sharpe with rf = 0.04: per bar 0.01, (0.05 − 0.01) / 0.1 × 2 = 0.8', () => {
    expect(computeSharpeRatio(summary, ppy, 0.04)).toBeCloseTo(0.8, DIGITS);
  });

  it('sortino with rf = 0: downside √((0 + 0.01 + 0 + 0) / 4) = 0.05, 0.05 / 0.05 × 2 = 2', () => {
    expect(computeSortinoRatio(returns, summary.mean, ppy, 0)).toBeCloseTo(2, DIGITS);
  });

  it('sortino with rf = 0.04: excess 0.09, −0.11, 0.09, 0.09; downside √(0.0121 / 4) = 0.055; 0.04 / 0.055 × 2 = 16/11', () => {
    expect(computeSortinoRatio(returns, summary.mean, ppy, 0.04)).toBeCloseTo(16 / 11, DIGITS);
  });

  it('max drawdown = 99 / 110 − 1 = −0.1', () => {
    expect(computeMaxDrawdown(equity, capital)).toBeCloseTo(-0.1, DIGITS);
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
  it('tracks the running peak: 90, 120, 84, 100, 130, 65 from 100 → worst is 65 / 130 − 1 = −0.5', () => {
    // peaks 100, 120, 120, 120, 130, 130 → drawdowns −0.1, 0, −0.3, −1/6, 0, −0.5
    expect(computeMaxDrawdown(Float64Array.of(90, 120, 84, 100, 130, 65), 100)).toBeCloseTo(-0.5, DIGITS);
  });

  it('counts the initial capital as the first peak: 80, 90 from 100 → 80 / 100 − 1 = −0.2', () => {
    expect(computeMaxDrawdown(Float64Array.of(80, 90), 100)).toBeCloseTo(-0.2, DIGITS);
  });

  it('is 0 for a curve that never falls below its peak, and for no bars', () => {
    expect(computeMaxDrawdown(Float64Array.of(100, 101, 101, 150), 100)).toBe(0);
    expect(computeMaxDrawdown(new Float64Array(0), 100)).toBe(0);
  });

  it('reports a wiped-out account (equity below zero after a short) as −1', () => {
    expect(computeMaxDrawdown(Float64Array.of(50, -20, -20), 100)).toBe(-1);
  });
});

describe('degenerate return series', () => {
  it('a flat curve has volatility 0 and no Sharpe, Sortino or Calmar', () => {
    const returns = computeReturns(Float64Array.of(100, 100, 100), 100);
    const summary = summarizeReturns(returns);
    expect(computeVolatility(summary, 252)).toBe(0);
    expect(computeSharpeRatio(summary, 252, 0)).toBeNull();
    expect(computeSortinoRatio(returns, summary.mean, 252, 0)).toBeNull();
    expect(computeCalmarRatio(computeCagr(100, 100, 3, 252), 0)).toBeNull();
  });

  it('a flat curve under a positive risk-free rate has Sortino −√ppy: every bar falls short by rf/ppy', () => {
    // excess = −0.04/4 = −0.01 each bar; downside √(3 × 0.0001 / 3) = 0.01; −0.01 / 0.01 × 2 = −2
    const returns = computeReturns(Float64Array.of(100, 100, 100), 100);
    expect(computeSortinoRatio(returns, 0, 4, 0.04)).toBeCloseTo(-2, DIGITS);
  });

  it('one bar: no volatility or Sharpe; Sortino of a single loss −0.05 is −0.05 / 0.05 × √4 = −2', () => {
    const returns = computeReturns(Float64Array.of(95), 100);
    const summary = summarizeReturns(returns);
    expect(computeVolatility(summary, 4)).toBeNull();
    expect(computeSharpeRatio(summary, 4, 0)).toBeNull();
    expect(computeSortinoRatio(returns, summary.mean, 4, 0)).toBeCloseTo(-2, DIGITS);
  });

  it('no bars: no Sortino', () => {
    expect(computeSortinoRatio(new Float64Array(0), 0, 252, 0)).toBeNull();
  });

  it('calmar is null when cagr is', () => {
    expect(computeCalmarRatio(null, -0.3)).toBeNull();
  });
});
