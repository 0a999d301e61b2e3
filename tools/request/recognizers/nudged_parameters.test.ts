import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from '../test_support/spec_of.js';

const SMA = 'sma 15/45 on btc 2020-2023';

describe('a setting moved by an amount from the value the conversation gave it', () => {
  it.each([
    ['bump the short one up by 5', SMA, { name: 'sma_crossover', params: { short: 20, long: 45 } }],
    ['raise the long window by 10', SMA, { name: 'sma_crossover', params: { short: 15, long: 55 } }],
    ['add 10 to the long window', SMA, { name: 'sma_crossover', params: { short: 15, long: 55 } }],
    ['lower the short window by 5', SMA, { name: 'sma_crossover', params: { short: 10, long: 45 } }],
    ['the long one minus 5', SMA, { name: 'sma_crossover', params: { short: 15, long: 40 } }],
    ['the short window +5 and the long -5', SMA, { name: 'sma_crossover', params: { short: 20, long: 40 } }],
    ['take 2 off the rsi period', 'rsi on eth 2022', { name: 'rsi_mean_reversion', params: { period: 12 } }],
    ['knock 4 off the period', 'rsi on eth 2022', { name: 'rsi_mean_reversion', params: { period: 10 } }],
    ['the lookback +30', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 120 } }],
    ['push the lookback up by 30', 'momentum on btc 2022', { name: 'momentum', params: { lookback: 120 } }],
  ])('"%s" after "%s"', (text, first, strategy) => {
    expect(userStrategiesOf(text, [first])).toEqual([strategy]);
  });

  it('a move past the other window is kept as written, so validation refuses it by name (bad_parameters)', () => {
    expect(userStrategiesOf('bump the short one up by 40', [SMA])).toEqual([{ name: 'sma_crossover', params: { short: 55, long: 45 } }]);
  });

  it.each([
    ['must not change: a new value written plainly', 'short window 20', { short: 20, long: 45 }],
    ['must not change: "double" multiplies', 'double the short window', { short: 30, long: 45 }],
    ['without "by" or a direction the number is the new value', 'raise the long window 60', { short: 15, long: 60 }],
  ])('%s: "%s"', (_why, text, params) => {
    expect(userStrategiesOf(text, [SMA])).toEqual([{ name: 'sma_crossover', params }]);
  });
});
