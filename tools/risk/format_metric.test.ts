import { describe, expect, it } from 'vitest';
import { formatMetric } from './format_metric.js';
import { METRIC_DESCRIPTIONS } from './metric_descriptions.js';
import { METRIC_KEYS } from './types.js';

describe('METRIC_DESCRIPTIONS', () => {
  it('describes exactly the metric keys, each with a label and a description', () => {
    expect(Object.keys(METRIC_DESCRIPTIONS).sort()).toEqual([...METRIC_KEYS].sort());
    for (const key of METRIC_KEYS) {
      expect(METRIC_DESCRIPTIONS[key].label.length, key).toBeGreaterThan(0);
      expect(METRIC_DESCRIPTIONS[key].description.length, key).toBeGreaterThan(0);
    }
  });

  it('formats fractions as percentages and money as currency', () => {
    const formats = Object.fromEntries(METRIC_KEYS.map((key) => [key, METRIC_DESCRIPTIONS[key].format]));
    expect(formats).toEqual({
      total_return: 'percent', cagr: 'percent', volatility: 'percent', sharpe_ratio: 'ratio', sortino_ratio: 'ratio',
      max_drawdown: 'percent', calmar_ratio: 'ratio', win_rate: 'percent', profit_factor: 'ratio', num_trades: 'count',
      exposure: 'percent', final_equity: 'currency',
    });
  });
});

describe('formatMetric', () => {
  it.each([
    ['total_return', 0.1979, '19.79%'],
    ['max_drawdown', -0.123456, '-12.35%'],
    ['cagr', 12.5, '1,250.00%'],
    ['sharpe_ratio', 1.23456, '1.23'],
    ['sortino_ratio', -0.5, '-0.50'],
    ['profit_factor', 2, '2.00'],
    ['num_trades', 1234, '1,234'],
    ['final_equity', 1234567.891, '1,234,567.89'],
    ['final_equity', 10000, '10,000.00'],
    ['win_rate', null, 'n/a'],
    ['calmar_ratio', null, 'n/a'],
  ] as const)('%s %s → %s', (key, value, expected) => {
    expect(formatMetric(key, value)).toBe(expected);
  });

  it('never prints a negative zero', () => {
    expect(formatMetric('sharpe_ratio', -0.001)).toBe('0.00');
    expect(formatMetric('total_return', -0.00001)).toBe('0.00%');
  });
});
