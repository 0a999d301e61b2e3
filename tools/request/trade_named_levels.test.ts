import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

/** "the buy level should be 25": an RSI level named by the trade made there (before: the numbers were ignored). */
describe('buy and sell levels are the lower and upper levels', () => {
  it.each([
    ['rsi on sol 2023, buy level 25 and sell level 75', { lower: 25, upper: 75 }],
    ['rsi on sol 2023, the buy level should be 25', { lower: 25 }],
    ['rsi on sol 2023, buying threshold 20, selling threshold 80', { lower: 20, upper: 80 }],
    ['rsi on sol 2023, sell line at 70', { upper: 70 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('told in a follow-up, the levels are kept by later changes', () => {
    const history = ['Hallo, please make backtest for Solana with RSI, period 10, from 2022 to 2024.', 'The buy level should be 25 and the sell level 75.'];
    expect(userStrategiesOf('Good. Now please change only the period to 21, everything other stays same.', history))
      .toEqual([{ name: 'rsi_mean_reversion', params: { period: 21, lower: 25, upper: 75 } }]);
  });

  it('must not change: a crossover has no levels', () => {
    expect(userStrategiesOf('sma on sol 2023, sell level 75')).toEqual([{ name: 'sma_crossover' }]);
  });
});
