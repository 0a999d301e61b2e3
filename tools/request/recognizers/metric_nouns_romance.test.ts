import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** "the ratio of Sortino": the noun before the name, as Romance languages order it (before: rank_by left at Sharpe, "ratio" ignored). */
describe('a ratio named in Romance order', () => {
  it.each<[string, string]>([
    ['Compare for me the RSI mean reversion and the Bollinger bands on Solana during the 2023, I want the ranking by the ratio of Sortino. Merci', 'sortino_ratio'],
    ['compare rsi and bollinger on sol 2023, ordered by the ratio of Calmar', 'calmar_ratio'],
    ['compare rsi and bollinger on sol 2023, rank by ratio of sharpe', 'sharpe_ratio'],
    ['compare rsi and bollinger on sol 2023, ranking by the Sortino', 'sortino_ratio'],
    ['compare rsi and bollinger on sol 2023, rank by sortino ratio', 'sortino_ratio'],
  ])('"%s"', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });

  it('as a target too', () => {
    expect(specOf('sma on btc 2022 with ratio of sharpe above 1.2').targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.2 } });
  });
});
