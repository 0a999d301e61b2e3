import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a glued "1d" after a strategy\'s numbers is the daily bar size, not one more window', () => {
  it.each([
    ['QQQ macd 8/21/5, 1d, fees 2bps slip 1, 2015-2024', { fast: 8, slow: 21, signal: 5 }],
    ['QQQ macd 8/21/5 1d 2015-2024', { fast: 8, slow: 21, signal: 5 }],
    ['rsi 14, 1d, SPY 2020', { period: 14 }],
    ['sma 20/50, 1d, on SPY 2020', { short: 20, long: 50 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)[0]?.params).toEqual(params);
    expect(specOf(text).interval).toBe('1d');
  });
});

describe('must not change: days glued to a window are still that window', () => {
  it.each([
    ['sma 20d/50d on SPY 2020', 'sma_crossover', { short: 20, long: 50 }],
    ['donchian 20, 10d on SPY 2020', 'donchian_breakout', { period: 20, exit_period: 10 }],
    ['momentum 20d on SPY 2020', 'momentum', { lookback: 20 }],
    ['QQQ macd 8/21/5, 1h, 2015-2024', 'macd', { fast: 8, slow: 21, signal: 5 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
  });
});
