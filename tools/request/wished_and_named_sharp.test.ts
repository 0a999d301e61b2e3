import { describe, expect, it } from 'vitest';
import { specOf, specsAfterTurnsOn } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');

describe('"sharp" wished for, or named as a target, is the Sharpe ratio', () => {
  it.each([
    // Round 123.
    ['whats the best sma crossover for doge?? want a sharp above 1 over the last 3 years', '>', 1],
    ['sma on btc 2022, need a sharp of at least 1.5', '>=', 1.5],
    ['sma on btc 2022, looking for a sharp over 1', '>', 1],
    ['sma on btc 2022 with a sharp above 0.8', '>', 0.8],
  ])('%j: sharpe_ratio %s %s', (text, operator, value) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({ sharpe_ratio: { operator, value } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each([
    // Round 123.
    'actually forget the sharp thing, just a plain rsi run with default settings',
    'drop the sharp target',
    'forget the sharp constraint',
  ])('the Sharpe target set before is dropped: %j', (followUp) => {
    const spec = specAfter(['rsi on sol 2022-2024 with sharp over 1', followUp]);
    expect(spec.targets).toEqual({});
    expect(spec.optimization_required).toBe(false);
  });

  describe('must not change: the adjective', () => {
    it.each([
      'sma on btc 2022, exit on a sharp drop',
      'rsi on eth 2023, want a sharp drop over 20% to exit',
      'sma on btc 2022, sell after a sharp 10% fall',
      "I'm emailing for my dad, who is 80, sharp as a tack. SPY buy and hold 2018 through 2023",
      'rsi on BTC 2022-2023 with a sharp limit of 20% on drawdown',
    ])('%j sets no target', (text) => {
      expect(specOf(text).targets).toEqual({});
    });
  });
});
