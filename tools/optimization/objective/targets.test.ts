import { describe, expect, it } from 'vitest';
import type { PerformanceMetrics } from '../../risk/types.js';
import { evaluateTargets } from './targets.js';

const metrics: PerformanceMetrics = {
  total_return: 0.5, cagr: 0.2, volatility: 0.4, sharpe_ratio: 1.2, sortino_ratio: 1.8,
  max_drawdown: -0.25, calmar_ratio: 0.8, win_rate: 0.55, profit_factor: 1.6, num_trades: 12,
  exposure: 0.6, final_equity: 15_000,
};

describe('evaluateTargets', () => {
  it('applies each operator', () => {
    const result = evaluateTargets(metrics, {
      sharpe_ratio: { operator: '>', value: 1.5 },
      win_rate: { operator: '>=', value: 0.55 },
      volatility: { operator: '<', value: 0.5 },
      num_trades: { operator: '<=', value: 10 },
    });
    expect(result.checks.map((check) => check.met)).toEqual([false, true, true, false]);
    expect(result.all_met).toBe(false);
  });

  it('scores by the worst normalised margin', () => {
    // Sharpe 1.2 against > 1.5: (1.2 − 1.5) / 1.5 = −0.2. Drawdown −0.25 against ≥ −0.2: (−0.25 + 0.2) / 0.2 = −0.25.
    const result = evaluateTargets(metrics, {
      sharpe_ratio: { operator: '>', value: 1.5 },
      max_drawdown: { operator: '>=', value: -0.2 },
    });
    expect(result.checks[0]!.margin).toBeCloseTo(-0.2, 12);
    expect(result.checks[1]!.margin).toBeCloseTo(-0.25, 12);
    expect(result.score).toBeCloseTo(-0.25, 12);
  });

  it('is met with a non-negative score when every target holds', () => {
    const result = evaluateTargets(metrics, { sharpe_ratio: { operator: '>', value: 1 }, max_drawdown: { operator: '>=', value: -0.3 } });
    expect(result.all_met).toBe(true);
    // Sharpe (1.2 − 1) / 1 = 0.2; drawdown (−0.25 + 0.3) / 0.3 = 0.1667: the worst is 0.1667.
    expect(result.score).toBeCloseTo(0.05 / 0.3, 12);
  });

  it('never counts a missing metric as met', () => {
    const result = evaluateTargets({ ...metrics, sharpe_ratio: null }, { sharpe_ratio: { operator: '<', value: 5 } });
    expect(result.all_met).toBe(false);
    expect(result.score).toBeLessThan(-1e6);
  });
});
