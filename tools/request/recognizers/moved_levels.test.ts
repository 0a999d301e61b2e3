import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from '../test_support/spec_of.js';

/** "sell when it go up 65": a move up to a level is the RSI's upper level, a move down its lower. */
describe('a level told as a move up or down', () => {
  it.each([
    ['Please can you make backtesting for Bitcoin with RSI, the period 21, buy when it is below 25 and sell when it go up 65, on the 2023 year.', { period: 21, lower: 25, upper: 65 }],
    ['rsi on btc 2022, buy when it goes down to 20 and sell when the rsi goes up to 80', { lower: 20, upper: 80 }],
    ['rsi on eth 2022, buy when it comes down 30, sell once it gets above 70', { lower: 30, upper: 70 }],
    ['rsi on eth 2022, buy under 30, sell when rises up past 75', { lower: 30, upper: 75 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('"buy when it goes up 70" is another rule and sets no level', () => {
    expect(userStrategiesOf('rsi on eth 2022, buy when it goes up 70')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});
