import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

const rsi = ['test rsi mean reversion on XRP 2021-2023, lower 30 upper 70'];

describe('"change the upper, use 65": a verb of choosing after a comma gives the value to the setting named before it', () => {
  it.each([
    ['change the upper, use 65', { lower: 30, upper: 65 }],
    ['change the upper, make it 65', { lower: 30, upper: 65 }],
    ['the lower, set it to 25', { lower: 25, upper: 70 }],
    ['use 65 for the upper', { lower: 30, upper: 65 }],
    ['Could you put there also slippage 10 bps and change the upper, use 65. Kiitos.', { lower: 30, upper: 65 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text, rsi)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });
});

describe('must not change: a number tried alone is still the window', () => {
  it.each([
    ['use 20 instead', { lower: 30, upper: 70, period: 20 }],
    ['try 14 for the period', { lower: 30, upper: 70, period: 14 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text, rsi)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });
});
