import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('an RSI level told by a participle: "(the RSI thing going under 30)", "rising above 75"', () => {
  it.each([
    ["buy apple whenever it looks oversold (the RSI thing going under 30) and sell once it's over 70, 2015", { lower: 30, upper: 70 }],
    ['rsi on btc, buy with rsi falling below 25, sell with it rising above 75, 2022', { lower: 25, upper: 75 }],
    ['rsi on eth 2022, buy on the rsi dropping under 20, sell on it climbing over 80', { lower: 20, upper: 80 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });
});

describe('must not change: the level told by a verb', () => {
  it('"buy apple when the RSI goes under 30 and sell once it\'s over 70, 2015"', () => {
    expect(userStrategiesOf("buy apple when the RSI goes under 30 and sell once it's over 70, 2015")).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }]);
  });
});
