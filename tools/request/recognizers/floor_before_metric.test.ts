import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A floor said between a size and what it measures ("a 25%+ annual return", "20% or more a year",
 * "a 1.5+ Sharpe"): the size is the least the metric may be, as "at least 25% annual return" is.
 */
describe('a floor between the size and the metric', () => {
  it('"25%+ annual return" is a CAGR of at least 25% (before: the CAGR was lost, only the Sortino kept)', () => {
    const spec = specOf("Is a 25%+ annual return realistic for the ema crossover on eth? Check 2020-2024, and I'd also want a sortino above 1.5.");
    expect(spec.targets).toEqual({ cagr: { operator: '>=', value: 0.25 }, sortino_ratio: { operator: '>', value: 1.5 } });
  });

  it.each([
    ['ema on qqq 2018-2022: 15%+ cagr and max drawdown under 20%', { cagr: { operator: '>=', value: 0.15 }, max_drawdown: { operator: '>=', value: -0.2 } }],
    ['rsi on eth 2021, can it make 20% or more a year?', { cagr: { operator: '>=', value: 0.2 } }],
    ['sma on btc 2022, I want a 30% plus annual return', { cagr: { operator: '>=', value: 0.3 } }],
    ['macd on spy 2015-2020: 1.5+ sharpe', { sharpe_ratio: { operator: '>=', value: 1.5 } }],
    ['macd on spy 2015-2020 with a sharpe of 1.5+', { sharpe_ratio: { operator: '>=', value: 1.5 } }],
  ])('"%s" → %j', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });

  it('must not change: a size alone, a "+" apart from it, or "plus" joining two settings sets no target', () => {
    expect(specOf('sma on btc 2022, a 20%+ drawdown').targets).toEqual({});
    expect(specOf('macd on spy 2015-2020, 30 + trades').targets).toEqual({});
    expect(specOf('sma on btc 2022, a 20%+ drawdown is unacceptable').targets).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
  });
});
