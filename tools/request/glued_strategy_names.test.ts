import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Desk shorthand for a strategy: a number glued to its name is its first parameter ("rsi2",
 * "ema9/21", "bb20"), and "boll" is Bollinger as "bb" and "bbands" are.
 */

describe('a number glued to a strategy\'s name is its first parameter', () => {
  it.each([
    ['rsi2 10/90 $SPY since 2010, dd<20%', { name: 'rsi_mean_reversion', params: { period: 2, lower: 10, upper: 90 } }],
    ['rsi14 30/70 on btc 2022', { name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }],
    ['ema12/26 $BTC 2023', { name: 'ema_crossover', params: { short: 12, long: 26 } }],
    ['sma50/200 on spy 2020', { name: 'sma_crossover', params: { short: 50, long: 200 } }],
    ['bb20 2 $ETH 2022', { name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }],
  ])('"%s"', (text, strategy) => {
    expect(userStrategiesOf(text)).toEqual([strategy]);
  });

  it('"ema9/21" keeps both windows through the follow-ups after it', () => {
    expect(userStrategiesOf('k now swap sol for doge', ['ema9/21 $SOL ytd', 'fees 0.1%', 'slippage 5bps', '$25k capital']))
      .toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
  });
});

describe('"boll" is Bollinger', () => {
  it.each([
    ['eth boll 20 2 from 13.05.2021 to 01.10.2021 (euro dates sry)', { period: 20, std_dev: 2 }],
    ['boll bands 30 2.5 on spy 2019', { period: 30, std_dev: 2.5 }],
    ['btc boll 20 1.5 H1 2023', { period: 20, std_dev: 1.5 }],
    ['boll band 25/2 on gold 2020', { period: 25, std_dev: 2 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'bollinger_bands', params }]);
  });

  it('reads the euro dates beside it, day first', () => {
    expect(specOf('eth boll 20 2 from 13.05.2021 to 01.10.2021 (euro dates sry)').date_range).toEqual({ start: '2021-05-13', end: '2021-10-01' });
  });

  describe('must not change: the other names of Bollinger', () => {
    it.each(['eth bbands 20 2 2021', 'bb 20 2 on eth 2021', 'bollinger 20 2 eth 2021'])('"%s"', (text) => {
      expect(userStrategiesOf(text)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
    });
  });
});
