import { describe, expect, it } from 'vitest';
import type { PerformanceMetrics } from '../../risk/types.js';
import { describeOverfitting } from './overfitting_warning.js';

function metrics(sharpe: number | null, totalReturn: number): PerformanceMetrics {
  return {
    total_return: totalReturn, cagr: null, volatility: null, sharpe_ratio: sharpe, sortino_ratio: null, max_drawdown: -0.1,
    calmar_ratio: null, win_rate: null, profit_factor: null, num_trades: 3, exposure: 0.5, final_equity: 10_000,
  };
}

const window = { start: '2023-01-01', end: '2024-12-31' };

describe('describeOverfitting', () => {
  it('warns when the Sharpe ratio falls below half and the run turns to a loss', () => {
    expect(describeOverfitting(metrics(1.6, 0.9), metrics(-0.2, -0.123), window)).toBe(
      'Overfitting warning: on the held-out data (2023-01-01 to 2024-12-31) the Sharpe ratio fell from 1.60 to -0.20 and the strategy lost 12.30% ' +
        'after gaining 90.00% in sample. These parameters fit the past they were chosen on far better than the period after it, so do not expect the in-sample figures to hold.',
    );
  });

  it('warns on a halved Sharpe ratio alone, or an undefined one', () => {
    expect(describeOverfitting(metrics(1.6, 0.9), metrics(0.79, 0.1), window)).toContain('the Sharpe ratio fell from 1.60 to 0.79.');
    expect(describeOverfitting(metrics(1.6, 0.9), { ...metrics(null, 0), num_trades: 0 }, window)).toContain(
      "on the held-out data (2023-01-01 to 2024-12-31) the strategy's returns never varied (0 trades), so the in-sample Sharpe ratio of 1.60 came to nothing.",
    );
  });

  it('stays quiet when the result holds up, or when there was nothing to lose', () => {
    expect(describeOverfitting(metrics(1.6, 0.9), metrics(0.81, 0.2), window)).toBeNull();
    expect(describeOverfitting(metrics(-0.3, -0.1), metrics(-1, -0.4), window)).toBeNull();
  });
});
