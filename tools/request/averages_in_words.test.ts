import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Beginners describe a moving-average crossover, EMA crossover or MACD in their own words instead of
 * naming it: the averages by their windows, speed or kind, the crossing by a verb or the state it leads to.
 */
describe('two averages crossing, told in words', () => {
  it.each([
    ['when the avg of the last 10 closes crosses abvoe the avg of the last 30 closes go long. on spy 2005-2015', 'sma_crossover', 10, 30],
    ['buy spy when the average of the past 20 days goes over the average of the past 50 days, 2015-2020', 'sma_crossover', 20, 50],
    ['on 4hr btc bars, buy when the fast avg (20 bars) goes over the slow one (50 bars), sell on the oposite cross, march 2024 to oct 2025', 'sma_crossover', 20, 50],
    ['buy spy when the quick ema (9 days) crosses above the slow one (21 days), 2019', 'ema_crossover', 9, 21],
    ['when the quick exponentialy weighted 5 day line is above the 20 day one be long. bnb, 2022-01 to 2024-06', 'ema_crossover', 5, 20],
    ['buy spy when the exponentially weighted 12 day line goes above the 26 day one, 2019', 'ema_crossover', 12, 26],
    ['buy spy when the 10 day line goes up over the 40 day line, 2019', 'sma_crossover', 10, 40],
  ])('"%s" is %s %d/%d', (text, name, short, long) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params: { short, long } }]);
  });

  it.each([
    ['when the short average line of price go up over the long average line, buy. when it go under, sell. for bitcoin, 2020 to 2022', 'sma_crossover'],
    ['buy bitcoin with the two averages crossing thing, 2021-2023', 'sma_crossover'],
    ['spy 2019, buy when 2 moving averages cross', 'sma_crossover'],
    ['btc 2022, the two emas crossing please', 'ema_crossover'],
    ['buy when the fast avg goes over the slow one on btc 2022', 'sma_crossover'],
  ])('"%s" is %s at its usual windows', (text, name) => {
    expect(userStrategiesOf(text)).toEqual([{ name }]);
  });

  it('a short side held below is shorting allowed', () => {
    expect(specOf('when the quick exponentialy weighted 5 day line is above the 20 day one be long, when its below be short. bnb, 2022-01 to 2024-06').allow_short).toBe(true);
  });

  it('a misspelt "opposite cross" is the exit, never a strategy', () => {
    expect(userStrategiesOf('sma 20/50 on btc 2024, sell on the oposite cross')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
});

describe('MACD told as a difference of averages', () => {
  it.each([
    'take the 12 day expnential avg minus the 26 day one, smooth that line w/ a 9 period average and trade when they cross. microsoft 2018 to 2022',
    'spy 2019: the 12-day ema minus the 26-day ema, smoothed with a 9 day average',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]);
  });
});

describe('must not change', () => {
  it('one average alone is no crossover', () => {
    expect(userStrategiesOf('rsi 14 on spy and show me the 200 day average, 2019')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14 } }]);
  });
  it('an average as a filter beside another strategy is still a filter', () => {
    const outcome = parseRequest('rsi 14 on spy but only when above its 50-day average, 2015-2020', { today: '2026-01-10', history: [] });
    expect(outcome.ok).toBe(false);
  });
  it('price above an average is no crossover', () => {
    expect(userStrategiesOf('buy spy when price is above the 200 day average, 2010-2020')).toEqual([]);
  });
  it('"average drawdown" is a metric, not an average', () => {
    expect(userStrategiesOf('sma 20/50 on btc 2022, what was the average drawdown')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
  it('two averages without a crossing are not read as one', () => {
    expect(userStrategiesOf('rsi 14 on spy, compare two averages of returns, 2019')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14 } }]);
  });
  it('the difference of two averages without a signal is no MACD', () => {
    expect(userStrategiesOf('buy spy when the 12 day ema minus the 26 day ema is above zero, 2019').map((strategy) => strategy.name)).not.toContain('macd');
  });
});
