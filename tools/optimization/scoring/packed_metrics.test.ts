import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, type PerformanceMetrics } from '../../risk/types.js';
import { METRIC_SLOTS, packMetrics, unpackMetrics } from './packed_metrics.js';

const value = fc.double({ noNaN: true, noDefaultInfinity: true });
const nullable = fc.option(value, { nil: null });
const metricsArbitrary: fc.Arbitrary<PerformanceMetrics> = fc.record({
  total_return: value, cagr: nullable, volatility: nullable, sharpe_ratio: nullable, sortino_ratio: nullable, max_drawdown: value,
  calmar_ratio: nullable, win_rate: nullable, profit_factor: nullable, num_trades: fc.nat(), exposure: value, final_equity: value,
});

describe('packed metrics', () => {
  it('cross the thread boundary unchanged, nulls included, at any offset', () => {
    fc.assert(fc.property(metricsArbitrary, fc.nat({ max: 3 }), (metrics, slot) => {
      const buffer = new Float64Array(4 * METRIC_SLOTS);
      packMetrics(metrics, buffer, slot * METRIC_SLOTS);
      return Object.is(JSON.stringify(unpackMetrics(buffer, slot * METRIC_SLOTS)), JSON.stringify(metrics));
    }));
  });

  it('lay the metrics out in METRIC_KEYS order, one slot each', () => {
    expect(METRIC_SLOTS).toBe(METRIC_KEYS.length);
    const metrics = Object.fromEntries(METRIC_KEYS.map((key, index) => [key, index + 1])) as unknown as PerformanceMetrics;
    const buffer = new Float64Array(METRIC_SLOTS);
    packMetrics(metrics, buffer, 0);
    expect(Array.from(buffer)).toEqual(METRIC_KEYS.map((_, index) => index + 1));
  });

  it('mark a rejected candidate', () => {
    const buffer = new Float64Array(METRIC_SLOTS).fill(7);
    packMetrics(null, buffer, 0);
    expect(unpackMetrics(buffer, 0)).toBeNull();
  });
});
