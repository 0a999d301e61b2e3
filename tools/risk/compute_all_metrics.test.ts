import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeAllMetrics, type MetricsInput } from './compute_all_metrics.js';
import { METRIC_KEYS } from './types.js';

const workedExample: MetricsInput = {
  equity: Float64Array.of(110, 99, 108.9, 119.79),
  initialCapital: 100,
  position: Int8Array.of(1, 1, 0, 1),
  trades: [{ pnl: 10 }, { pnl: -11 }, { pnl: 20.79 }],
  periodsPerYear: 4,
};

describe('computeAllMetrics', () => {
  it('returns exactly the documented keys', () => {
    expect(Object.keys(computeAllMetrics(workedExample)).sort()).toEqual([...METRIC_KEYS].sort());
  });

  it('matches the hand-worked example (see return_metrics.test.ts for the arithmetic)', () => {
    const metrics = computeAllMetrics(workedExample);
    const expected = {
      total_return: 0.1979, cagr: 0.1979, volatility: 0.2, sharpe_ratio: 1, sortino_ratio: 2,
      max_drawdown: -0.1, calmar_ratio: 1.979,
      win_rate: 2 / 3, // 10 and 20.79 win, −11 loses
      profit_factor: 30.79 / 11,
      num_trades: 3,
      exposure: 0.75, // 3 of 4 bars held
      final_equity: 119.79,
    };
    for (const key of METRIC_KEYS) expect(metrics[key], key).toBeCloseTo(expected[key], 12);
  });

  it('applies the risk-free rate to Sharpe and Sortino only', () => {
    const metrics = computeAllMetrics({ ...workedExample, riskFreeRate: 0.04 });
    expect(metrics.sharpe_ratio).toBeCloseTo(0.8, 12);
    expect(metrics.sortino_ratio).toBeCloseTo(16 / 11, 12);
    expect(metrics.volatility).toBeCloseTo(0.2, 12);
  });

  it('an empty range: nothing happened, every ratio is null', () => {
    const metrics = computeAllMetrics({
      equity: new Float64Array(0), initialCapital: 5000, position: new Int8Array(0), trades: [], periodsPerYear: 252,
    });
    expect(metrics).toEqual({
      total_return: 0, cagr: null, volatility: null, sharpe_ratio: null, sortino_ratio: null, max_drawdown: 0,
      calmar_ratio: null, win_rate: null, profit_factor: null, num_trades: 0, exposure: 0, final_equity: 5000,
    });
  });

  it('a wiped-out account: total return −1.2, drawdown −1, no cagr or calmar, everything finite or null', () => {
    const metrics = computeAllMetrics({
      equity: Float64Array.of(50, -20, -20), initialCapital: 100, position: Int8Array.of(-1, 0, 0),
      trades: [{ pnl: -120 }], periodsPerYear: 365,
    });
    expect(metrics.total_return).toBeCloseTo(-1.2, 12);
    expect(metrics.max_drawdown).toBe(-1);
    expect(metrics.cagr).toBeNull();
    expect(metrics.calmar_ratio).toBeNull();
    for (const key of METRIC_KEYS) {
      const value = metrics[key];
      expect(value === null || Number.isFinite(value), key).toBe(true);
    }
  });

  it.each([
    ['initial capital 0', { initialCapital: 0 }],
    ['negative periods per year', { periodsPerYear: -252 }],
    ['a NaN risk-free rate', { riskFreeRate: Number.NaN }],
    ['fewer positions than equity bars', { position: Int8Array.of(1, 1) }],
    ['a non-finite equity value', { equity: Float64Array.of(110, Number.POSITIVE_INFINITY, 100, 100) }],
  ])('rejects %s with invalid_argument', (_label, override) => {
    expect(() => computeAllMetrics({ ...workedExample, ...override })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('computeAllMetrics on real data: SPY buy and hold', () => {
  // Independent check over ~8,000 daily bars: a textbook two-pass mean/std against the one-pass code.
  const csv = readFileSync(path.join(process.env.BTP_DATA_DIR!, 'SPY-USD-1d.csv'), 'utf8');
  const closes = csv.trim().split('\n').slice(1).map((line) => Number(line.split(',')[4]));
  const capital = 10_000;
  const equity = Float64Array.from(closes, (close) => (capital * close) / closes[0]!);
  const metrics = computeAllMetrics({
    equity, initialCapital: capital, position: new Int8Array(equity.length).fill(1),
    trades: [{ pnl: equity[equity.length - 1]! - capital }], periodsPerYear: 252,
  });

  const returns = closes.map((close, t) => (t === 0 ? 0 : close / closes[t - 1]! - 1));
  const mean = returns.reduce((sum, r) => sum + r, 0) / returns.length;
  const std = Math.sqrt(returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (returns.length - 1));

  it('has thousands of bars and finite values', () => {
    expect(closes.length).toBeGreaterThan(5000);
    expect(closes.every(Number.isFinite)).toBe(true);
  });

  it('total return is last close / first close − 1', () => {
    expect(metrics.total_return).toBeCloseTo(closes[closes.length - 1]! / closes[0]! - 1, 9);
  });

  it('volatility and Sharpe agree with the two-pass formulas', () => {
    expect(metrics.volatility! / (std * Math.sqrt(252))).toBeCloseTo(1, 10);
    expect(metrics.sharpe_ratio! / ((mean / std) * Math.sqrt(252))).toBeCloseTo(1, 10);
  });

  it('max drawdown includes the 2008 crash (SPY fell more than 50% from its 2007 peak)', () => {
    expect(metrics.max_drawdown).toBeLessThan(-0.5);
    expect(metrics.max_drawdown).toBeGreaterThan(-0.6);
  });
});
