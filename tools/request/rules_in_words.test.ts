import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('a breakout told by its channels: the exit low read too', () => {
  it.each([
    ['buy eth whenever it closes at a new 20 day high and dump it as soon as it prints a new 10 day low, 2020', { period: 20, exit_period: 10 }],
    ['buy if the price goes higher than the highest price of last 20 days, and sell when it goes lower than the lowest of last 10 days. gld 2015', { period: 20, exit_period: 10 }],
    ['buy gld when it sets a new 40 day high, sell once it prints a fresh 15-day low, 2015', { period: 40, exit_period: 15 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });
});

describe('momentum told by its rule, a family name beside it only background', () => {
  it.each([
    ['reading about trend following. own QQQ only when its price is above where it was 100 trading days back, otherwise sit in cash. 2005', 100],
    ['hold gld only while its price is higher than it was 120 trading days earlier, otherwise sit in cash. 2010-2020', 120],
    ['buy spy when it closes above the close 60 days ago, 2020', 60],
  ])('"%s"', (text, lookback) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });
});

describe('must not change', () => {
  it('a family named alone still names its strategy', () => {
    expect(userStrategiesOf('I like trend following, test it on spy 2020')).toEqual([{ name: 'sma_crossover' }]);
  });
  it('buying a low is no breakout', () => {
    expect(userStrategiesOf('buy the 20 day low on spy 2020')).toEqual([]);
  });
  it('a rule beside another named strategy is a filter, left unread, whichever rule it is', () => {
    expect(userStrategiesOf('msft 2020 sma 20/50, buy when oversold under 20')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    expect(userStrategiesOf('ada 2023 rsi, buy when the difference between the 12 and 26 day emas crosses over its own 9 day average')).not.toContainEqual(
      expect.objectContaining({ name: 'macd' }),
    );
  });
  it('beside its own name the rule gives settings', () => {
    expect(userStrategiesOf('momentum on spy: buy when it closes above the close 90 days ago, 2020')).toEqual([{ name: 'momentum', params: { lookback: 90 } }]);
  });
});
