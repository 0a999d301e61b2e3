import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const targetsOf = (text: string) => specOf(text).targets;

describe('"at or under", "at or over": an inclusive bound, as "at or below" and "at or above"', () => {
  it.each([
    // Round 124.
    ['My client is quite risk-averse. Please optimise the EMA crossover on SPY for 2015–2024 so that annual volatility stays at or under 12%, and rank the candidates by Sortino.',
      { volatility: { operator: '<=', value: 0.12 } }],
    ['optimise ema on spy 2015-2024, sharpe at or over 1', { sharpe_ratio: { operator: '>=', value: 1 } }],
    ['optimise ema on spy 2015-2024, drawdown at or under 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['optimise ema on spy 2015-2024, win rate should be at or over 55%', { win_rate: { operator: '>=', value: 0.55 } }],
  ])('%j', (text, targets) => {
    expect(targetsOf(text)).toEqual(targets);
  });

  describe('must not change', () => {
    it.each([
      ['optimise ema on spy 2015-2024, volatility at or below 12%', { volatility: { operator: '<=', value: 0.12 } }],
      ['optimise ema on spy 2015-2024, sharpe at or above 1', { sharpe_ratio: { operator: '>=', value: 1 } }],
      ['optimise ema on spy 2015-2024, volatility under 12%', { volatility: { operator: '<', value: 0.12 } }],
    ])('%j', (text, targets) => {
      expect(targetsOf(text)).toEqual(targets);
    });
  });
});
