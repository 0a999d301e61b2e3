import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('RSI told by what it is, without its name', () => {
  it.each([
    ['buy bitcoin when that oscillator that compares the average up days to the average down days over 14 days (0 to 100 scale) drops under 30, sell when it gets back over 70. 2019 thru 2022', { period: 14, lower: 30, upper: 70 }],
    ['buy eth when the indicator of average gains vs average losses over 10 days drops under 25, sell when it goes over 75, 2020', { period: 10, lower: 25, upper: 75 }],
    ['xrp: whenever the 0-100 overbought/oversold gauge on a 7 day window drops below 20 buy, 2019 to 2023', { period: 7, lower: 20 }],
    ['buy btc when the 0 to 100 oscillator over 9 days drops under 30, 2021', { period: 9, lower: 30 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });
});

describe('must not change', () => {
  it('a real split stays a split', () => {
    expect(userStrategiesOf('sma crossover on a 60/40 btc eth portfolio, 2020')).toEqual([{ name: 'sma_crossover' }]);
  });
  it('"rsi 14 30 70" stays as written', () => {
    expect(userStrategiesOf('rsi 14 30 70 on btc 2019')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
  });
});
