import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricKey } from '../../risk/types.js';
import type { TargetOperator } from '../request_spec.js';
import { specOf } from '../test_support/spec_of.js';

/**
 * "cap 15k" in a settings line is the starting capital, desk shorthand ("fee 7.5bps slip 3bps cap
 * 15k"). Before, "cap" was read as a ceiling and the amount as the bound of the metric after it:
 * "cap 15k sharpe at least 1.5" became sharpe_ratio <= 15000, and "at least 1.5" was dropped.
 * "cap" before a percentage or a metric stays a limit.
 */
describe('"cap" before a sum of money is the starting capital', () => {
  it.each([
    ['btc 6h ema 20/50 jan 2024 to jun 2025 fee 7.5bps slip 3bps cap 15k sharpe at least 1.5, pdf', 15_000],
    ['spy sma 50/200 2020-2023 cap=15k', 15_000],
    ['spy sma 50/200 2020-2023 cap: 25k, sharpe above 1', 25_000],
    ['spy sma 50/200 2020-2023 cap $15k sharpe at least 1', 15_000],
    ['spy sma 50/200 2020-2023 cap 20000 sortino over 1.2', 20_000],
    ['eth rsi 14 2022, fees 10bps, cap of 50k', 50_000],
    ['qqq macd 2019-2021 cap 1.5m', 1_500_000],
  ])('"%s" starts with %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('"cap 15k sharpe at least 1.5" keeps the Sharpe floor the sentence states', () => {
    expect(specOf('btc ema 20/50 2024 fee 7.5bps cap 15k sharpe at least 1.5').targets).toEqual({ sharpe_ratio: { operator: '>=', value: 1.5 } });
  });

  it.each([
    ['spy sma 50/200 2020-2023 cap drawdown at 20%', 'max_drawdown', '>=', -0.2],
    ['spy sma 50/200 2020-2023 losses capped at 10%', 'max_drawdown', '>=', -0.1],
    ['spy sma 50/200 2020-2023 cap 20% drawdown', 'max_drawdown', '>=', -0.2],
    ['spy sma 50/200 2020-2023 cap 100 trades', 'num_trades', '<=', 100],
    ['spy sma 50/200 2020-2023 cap 1000 trades', 'num_trades', '<=', 1000],
    ['spy sma 50/200 2020-2023 cap the volatility at 30%', 'volatility', '<=', 0.3],
  ] as const)('"%s" stays a limit on %s', (text, metric, operator, value) => {
    const spec = specOf(text);
    expect(spec.targets[metric]).toEqual({ operator, value });
    expect(spec.initial_capital).toBe(10_000);
  });

  it('"cap the fees at 5bps" still sets the fees, not the capital', () => {
    const spec = specOf('spy sma 50/200 2020-2023 cap the fees at 5bps');
    expect(spec.fees_bps).toBe(5);
    expect(spec.initial_capital).toBe(10_000);
  });
});

const AMOUNTS = fc.integer({ min: 1, max: 900 }).chain((thousands) => fc.constantFrom(
  { written: `${thousands}k`, amount: thousands * 1000 },
  { written: `$${thousands}k`, amount: thousands * 1000 },
  { written: `${thousands * 1000}`, amount: thousands * 1000 },
  { written: `$${(thousands * 1000).toLocaleString('en-US')}`, amount: thousands * 1000 },
));
const LEADS = ['cap {a}', 'cap={a}', 'cap: {a}', 'cap of {a}', 'cap is {a}'];
const FOLLOWING: ReadonlyArray<{ text: string; metric: MetricKey; operator: TargetOperator; value: number }> = [
  { text: 'sharpe at least 1.5', metric: 'sharpe_ratio', operator: '>=', value: 1.5 },
  { text: 'sortino above 2', metric: 'sortino_ratio', operator: '>', value: 2 },
  { text: 'profit factor at least 1.3', metric: 'profit_factor', operator: '>=', value: 1.3 },
  { text: 'cagr over 20%', metric: 'cagr', operator: '>', value: 0.2 },
  { text: 'win rate above 55%', metric: 'win_rate', operator: '>', value: 0.55 },
  { text: 'max drawdown under 25%', metric: 'max_drawdown', operator: '>=', value: -0.25 },
];

describe('the amount after "cap" never becomes a bound of the metric after it', () => {
  it('is the capital, and the metric keeps the bound written for it', () => {
    fc.assert(fc.property(AMOUNTS, fc.constantFrom(...LEADS), fc.constantFrom(...FOLLOWING), fc.constantFrom(' ', ', '), (amount, lead, following, joint) => {
      const spec = specOf(`btc ema 20/50 2024 fee 7.5bps slip 3bps ${lead.replace('{a}', amount.written)}${joint}${following.text}`);
      expect(spec.initial_capital).toBe(amount.amount);
      expect(spec.targets).toEqual({ [following.metric]: { operator: following.operator, value: following.value } });
    }), { numRuns: 150 });
  });
});
