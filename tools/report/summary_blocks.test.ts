import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../risk/risk_analysis.js';
import type { PerformanceMetrics } from '../risk/types.js';
import type { ReportInput } from './report_input.js';
import { tradeOffs } from './summary_blocks.js';

const metrics = (sharpe: number, drawdown: number): PerformanceMetrics => ({
  total_return: 0.1, cagr: 0.1, volatility: 0.3, sharpe_ratio: sharpe, sortino_ratio: null, max_drawdown: drawdown,
  calmar_ratio: null, win_rate: null, profit_factor: null, num_trades: 3, exposure: 0.5, final_equity: 11_000,
});
const row = (symbol: string, strategy: string, params: Record<string, number>, edge: RankingRow['vs_buy_and_hold']): RankingRow => ({
  rank: 1, symbol, strategy, params, baseline: strategy === 'buy_and_hold',
  range: { start: '2023-01-01', end: '2023-12-31', bars: 365 }, metrics: metrics(1, -0.2), vs_buy_and_hold: edge, targets: null,
});
const hold = (symbol: string) => row(symbol, 'buy_and_hold', {}, null);
const text = (rows: RankingRow[]) => tradeOffs({ ranking: { rank_by: 'sharpe_ratio', rows, notes: [] } } as unknown as ReportInput)
  .map((spans) => spans.map((span) => span.text).join(''));

describe('the trade-offs against buy and hold', () => {
  it('counts symbols when the strategy ran once per symbol', () => {
    const lines = text([hold('BTC'), hold('ETH'),
      row('BTC', 'momentum', { lookback: 20 }, { total_return: 0.1, sharpe_ratio: 0.2, max_drawdown: 0.05 }),
      row('ETH', 'momentum', { lookback: 20 }, { total_return: -0.1, sharpe_ratio: -0.2, max_drawdown: 0.01 })]);
    expect(lines).toContain('momentum beat buy and hold on Sharpe ratio on 1 of 2 symbol(s) and had a smaller drawdown on 2 of 2.');
  });

  it('counts runs when the strategy ran with several settings on one symbol', () => {
    const lines = text([hold('BTC'),
      row('BTC', 'momentum', { lookback: 20 }, { total_return: 0.1, sharpe_ratio: 0.2, max_drawdown: 0.05 }),
      row('BTC', 'momentum', { lookback: 60 }, { total_return: -0.1, sharpe_ratio: -0.2, max_drawdown: -0.01 })]);
    expect(lines).toContain('momentum beat buy and hold on Sharpe ratio on 1 of 2 run(s) and had a smaller drawdown on 1 of 2.');
  });
});
