import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricDirection } from './metric_direction.js';
import { rankResults } from './rank_results.js';
import { METRIC_KEYS, type MetricKey, type PerformanceMetrics } from './types.js';

const BASE: PerformanceMetrics = {
  total_return: 0, cagr: null, volatility: null, sharpe_ratio: null, sortino_ratio: null, max_drawdown: 0,
  calmar_ratio: null, win_rate: null, profit_factor: null, num_trades: 0, exposure: 0, final_equity: 0,
};

function run(id: string, overrides: Partial<PerformanceMetrics>) {
  return { id, metrics: { ...BASE, ...overrides } };
}

const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('metricDirection', () => {
  it('is asc for volatility and desc for every other metric (max_drawdown nearer 0 is better)', () => {
    for (const key of METRIC_KEYS) expect(metricDirection(key), key).toBe(key === 'volatility' ? 'asc' : 'desc');
  });

  it('rejects an unknown metric with unknown_metric listing the allowed ones', () => {
    expect(() => metricDirection('sharpe' as MetricKey)).toThrow(
      expect.objectContaining({ code: 'unknown_metric', details: expect.objectContaining({ allowed: [...METRIC_KEYS] }) }),
    );
  });
});

describe('rankResults', () => {
  const results = [
    run('a', { sharpe_ratio: 0.5, volatility: 0.3, max_drawdown: -0.4 }),
    run('b', { sharpe_ratio: null, volatility: null, max_drawdown: -0.1 }),
    run('c', { sharpe_ratio: 1.5, volatility: 0.1, max_drawdown: 0 }),
    run('d', { sharpe_ratio: -0.2, volatility: 0.2, max_drawdown: -0.25 }),
  ];

  it('puts the best first in the natural direction, nulls last', () => {
    expect(ids(rankResults(results, 'sharpe_ratio'))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(rankResults(results, 'volatility'))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(rankResults(results, 'max_drawdown'))).toEqual(['c', 'b', 'd', 'a']);
  });

  it('honours an explicit direction and still puts nulls last', () => {
    expect(ids(rankResults(results, 'sharpe_ratio', 'asc'))).toEqual(['d', 'a', 'c', 'b']);
  });

  it('returns a new array and leaves the input order alone', () => {
    const ranked = rankResults(results, 'sharpe_ratio');
    expect(ranked).not.toBe(results);
    expect(ids(results)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects an unknown metric (unknown_metric) or direction (invalid_argument)', () => {
    expect(() => rankResults(results, 'return' as MetricKey)).toThrow(expect.objectContaining({ code: 'unknown_metric' }));
    expect(() => rankResults(results, 'cagr', 'up' as 'asc')).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('property: a sorted permutation, nulls last, ties in input order', () => {
    const values = fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }), { maxLength: 30 });
    fc.assert(fc.property(values, fc.constantFrom('asc', 'desc'), (sharpes, direction) => {
      const input = sharpes.map((sharpe_ratio, index) => run(String(index), { sharpe_ratio }));
      const ranked = rankResults(input, 'sharpe_ratio', direction);
      expect([...ids(ranked)].sort()).toEqual([...ids(input)].sort());
      for (let i = 1; i < ranked.length; i++) {
        const previous = ranked[i - 1]!.metrics.sharpe_ratio;
        const current = ranked[i]!.metrics.sharpe_ratio;
        if (previous === null) expect(current).toBeNull();
        if (previous === null || current === null) continue;
        expect(direction === 'desc' ? previous >= current : previous <= current).toBe(true);
        if (previous === current) expect(Number(ranked[i - 1]!.id)).toBeLessThan(Number(ranked[i]!.id));
      }
    }));
  });
});
