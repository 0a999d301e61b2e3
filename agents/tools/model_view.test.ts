import { describe, expect, it } from 'vitest';
import type { DataRef } from '../../tools/data/data_ref.js';
import { evaluateTargets } from '../../tools/optimization/objective/targets.js';
import type { RankingRow, RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import type { PerformanceMetrics } from '../../tools/risk/types.js';
import { dataRefForModel, riskForModel } from './model_view.js';

const metrics: PerformanceMetrics = {
  total_return: 1.23456789, cagr: 0.2, volatility: 0.5, sharpe_ratio: 0.9, sortino_ratio: 1.4, max_drawdown: -0.3,
  calmar_ratio: 0.66, win_rate: 0.55, profit_factor: 1.8, num_trades: 12, exposure: 0.6, final_equity: 22_345.67,
};
const row = (rank: number, range = { start: '2021-01-01', end: '2024-12-31', bars: 1461 }): RankingRow => ({
  rank, symbol: 'BTC', strategy: 'sma_crossover', params: { short: 20, long: 50 }, baseline: false, range, metrics,
  vs_buy_and_hold: { total_return: 0.1, sharpe_ratio: 0.2, max_drawdown: 0.05 },
  targets: evaluateTargets(metrics, { win_rate: { operator: '>', value: 0.6 } }),
});

describe('riskForModel', () => {
  it('shows each row\'s headline metrics, the ranking metric and the targeted ones, rounded, and no edge over holding', () => {
    const analysis: RiskAnalysis = { rank_by: 'sortino_ratio', rows: [row(1)], notes: [] };
    expect(riskForModel(analysis)).toEqual({
      rank_by: 'sortino_ratio',
      window: { start: '2021-01-01', end: '2024-12-31', bars: 1461 },
      rows: [{
        rank: 1, symbol: 'BTC', strategy: 'sma_crossover', params: { short: 20, long: 50 }, baseline: false,
        metrics: { total_return: 1.235, cagr: 0.2, sharpe_ratio: 0.9, sortino_ratio: 1.4, max_drawdown: -0.3, win_rate: 0.55, num_trades: 12 },
        targets_met: false, target_score: -0.08333,
      }],
      notes: [],
    });
  });

  it('gives a row its own window only where it differs from the first row\'s', () => {
    const analysis: RiskAnalysis = { rank_by: 'sharpe_ratio', rows: [row(1), row(2, { start: '2022-01-01', end: '2024-12-31', bars: 1096 })], notes: [] };
    const rows = riskForModel(analysis).rows as Array<{ range?: unknown }>;
    expect(rows[0]!.range).toBeUndefined();
    expect(rows[1]!.range).toEqual({ start: '2022-01-01', end: '2024-12-31', bars: 1096 });
  });
});

describe('dataRefForModel', () => {
  it('names the source that served the data and leaves out the rest of its provenance, which the file and sha256 beside it repeat', () => {
    const digest = 'ab'.repeat(32);
    const ref = {
      symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: digest, interval: '1d',
      provenance: { source: 'binance', id: 'ohlcv/BTC-USDT-1d.csv', digest, fetched_at: '2026-12-01T00:00:00.000Z', market: 'BTC/USDT' },
    };
    expect(dataRefForModel(ref)).toEqual({ symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: digest, interval: '1d', source: 'binance' });
    // Saved before provenance was recorded: no source is made up.
    const savedBefore: DataRef = { file: 'BTC-USDT-1d.csv', sha256: digest, interval: '1d' };
    expect(dataRefForModel(savedBefore)).toEqual({ file: 'BTC-USDT-1d.csv', sha256: digest, interval: '1d' });
  });
});
