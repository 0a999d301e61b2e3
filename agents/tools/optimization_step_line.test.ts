import { describe, expect, it } from 'vitest';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import type { PerformanceMetrics } from '../../tools/risk/types.js';
import { describeOptimizationStep } from './optimization_step_line.js';

const metrics: PerformanceMetrics = {
  total_return: 0.5, cagr: 0.22, volatility: 0.4, sharpe_ratio: 1.134, sortino_ratio: 1.876, max_drawdown: -0.3296,
  calmar_ratio: 0.67, win_rate: 0.4, profit_factor: 1.8, num_trades: 12, exposure: 0.5, final_equity: 15000,
};

const running: OptimizationState = {
  status: 'running', iteration: 2, max_iterations: 5, methods: ['random', 'bayes'], trials: 96, combos: [],
  best: {
    params: { short: 9, long: 21 }, score: 1, metrics, targets: null, symbol: 'ETH', strategy: 'ema_crossover',
    in_sample_range: { start: '2022-01-01', end: '2023-05-26' }, out_of_sample_range: { start: '2023-05-27', end: '2023-12-31' }, assessment: null,
  },
  objective: 'maximise sortino_ratio',
};

describe('the optimisation progress line', () => {
  it('reports the figure the search ranks by, so a Sortino search shows its Sortino ratio', () => {
    expect(describeOptimizationStep(running, ['sortino_ratio'])).toBe(
      'Optimisation iteration 2 (Bayesian optimisation (Gaussian process, expected improvement)): 96 parameter sets tried; '
      + 'best so far ETH ema_crossover (short 9, long 21), in-sample Sortino ratio 1.88; status running.',
    );
  });

  it('reports every target\'s metric when the search steers by targets', () => {
    expect(describeOptimizationStep(running, ['sharpe_ratio', 'max_drawdown'])).toContain('in-sample Sharpe ratio 1.13, maximum drawdown -32.96%; status running.');
  });

  it('says so when no optimisation was asked for', () => {
    expect(describeOptimizationStep({ status: 'not_requested' }, [])).toBe('No optimisation was asked for.');
  });
});
