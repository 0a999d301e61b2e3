import { describe, expect, it } from 'vitest';
import { plotParameterHeatmap } from './parameter_heatmap.js';
import { metricsWithSharpe } from './test_support/known_optimum.js';

const trial = (short: number, long: number, sharpe: number, signal = 9) => ({ params: { short, long, signal }, metrics: metricsWithSharpe(sharpe) });

describe('plotParameterHeatmap', () => {
  it('lays the metric out over two parameters, rows by y and columns by x', () => {
    const heatmap = plotParameterHeatmap([trial(20, 100, 0.5), trial(10, 100, 0.2), trial(10, 50, 1.1), trial(20, 50, 0.9)], { x: 'short', y: 'long', metric: 'sharpe_ratio' });
    expect(heatmap).toEqual({
      x_param: 'short', y_param: 'long', metric: 'sharpe_ratio', x_values: [10, 20], y_values: [50, 100],
      values: [[1.1, 0.9], [0.2, 0.5]],
    });
  });

  it('keeps the best value when other parameters vary, and null where nothing ran', () => {
    const heatmap = plotParameterHeatmap([trial(10, 50, 0.3, 5), trial(10, 50, 0.8, 9), trial(20, 100, 1)], { x: 'short', y: 'long', metric: 'sharpe_ratio' });
    expect(heatmap.values).toEqual([[0.8, null], [null, 1]]);
    // Volatility: lower is better.
    const calm = plotParameterHeatmap([
      { params: { short: 10, long: 50 }, metrics: { ...metricsWithSharpe(1), volatility: 0.4 } },
      { params: { short: 10, long: 50 }, metrics: { ...metricsWithSharpe(1), volatility: 0.3 } },
    ], { x: 'short', y: 'long', metric: 'volatility' });
    expect(calm.values).toEqual([[0.3]]);
  });

  it('refuses the same parameter twice or one the trials do not have', () => {
    expect(() => plotParameterHeatmap([trial(10, 50, 1)], { x: 'short', y: 'short', metric: 'sharpe_ratio' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => plotParameterHeatmap([trial(10, 50, 1)], { x: 'short', y: 'period', metric: 'sharpe_ratio' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
