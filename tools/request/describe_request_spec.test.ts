import { describe, expect, it } from 'vitest';
import { describeRequestSpec } from './describe_request_spec.js';
import type { RequestSpec } from './request_spec.js';

describe('describeRequestSpec', () => {
  it('prints one aligned line per field', () => {
    const spec: RequestSpec = {
      symbols: ['BTC', 'ETH'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'buy_and_hold', baseline: true }],
      date_range: { start: '2021-01-01', end: '2024-12-31' }, targets: { sharpe_ratio: { operator: '>', value: 1.5 } },
      optimization_required: true, portfolio: { weights: { BTC: 0.6, ETH: 0.4 } }, fees_bps: 10, initial_capital: 25_000,
      rank_by: 'sortino_ratio', slippage_bps: 5, allow_short: false, interval: '4h', outputs: ['html', 'trades_csv'],
    };
    expect(describeRequestSpec(spec)).toBe([
      'Symbols:    BTC, ETH',
      'Strategies: sma_crossover (short=20, long=50); buy_and_hold [baseline]',
      'Dates:      2021-01-01 to 2024-12-31',
      'Interval:   4h',
      'Targets:    sharpe_ratio > 1.5',
      'Optimise:   yes',
      'Portfolio:  BTC 60%, ETH 40%',
      'Costs:      fees 10 bps, slippage 5 bps',
      'Capital:    25,000',
      'Rank by:    sortino_ratio',
      'Outputs:    html, trades_csv',
      'Shorting:   not allowed',
    ].join('\n'));
  });

  it('says daily bars are the default when no interval was asked for, and lists no outputs when none were', () => {
    const spec: RequestSpec = {
      symbols: ['SPY'], strategies: [{ name: 'momentum', params: { lookback: 90 } }], targets: {}, optimization_required: false,
      portfolio: null, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
    };
    const lines = describeRequestSpec(spec).split('\n');
    expect(lines).toContain('Interval:   1d (daily, the default)');
    expect(lines.some((line) => line.startsWith('Outputs:'))).toBe(false);
  });
});
