import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

/**
 * Two versions of one strategy, each side written with its parameters' names or units, joined by
 * "vs": a run for each. Before, the right side's values replaced the left's and only one ran.
 */
describe('"X vs Y" with settings of the same strategy on both sides runs both', () => {
  it.each([
    ['gld bollinger 20 period 2sd vs 20 period 3sd since 2015', [{ period: 20, std_dev: 2 }, { period: 20, std_dev: 3 }]],
    ['gld bollinger 2sd vs 3sd since 2015', [{ std_dev: 2 }, { std_dev: 3 }]],
    ['gld bollinger period 20 vs period 50 since 2015', [{ period: 20 }, { period: 50 }]],
    ['spy momentum lookback 60 vs lookback 120 2020', [{ lookback: 60 }, { lookback: 120 }]],
    ['spy rsi period 14 versus period 21 2020', [{ period: 14 }, { period: 21 }]],
  ])('"%s"', (text, settings) => {
    expect(userStrategiesOf(text).map((strategy) => strategy.params)).toEqual(settings);
  });

  it.each([
    ['spy bollinger 20/2 vs 20/3 2020', [{ period: 20, std_dev: 2 }, { period: 20, std_dev: 3 }]],
    ['spy sma 20/50 vs 10/30 2020', [{ short: 20, long: 50 }, { short: 10, long: 30 }]],
  ])('numbers without units keep comparing as before: "%s"', (text, settings) => {
    expect(userStrategiesOf(text).map((strategy) => strategy.params)).toEqual(settings);
  });

  it('a strategy after the right side is another strategy, not a version', () => {
    expect(userStrategiesOf('gld bollinger 2sd vs rsi 14 since 2015').map((strategy) => strategy.name)).toEqual(['bollinger_bands', 'rsi_mean_reversion']);
  });
});
