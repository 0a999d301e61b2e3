import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('"check strategy golden cross": the ask\'s verb before the noun is no strategy name', () => {
  it.each([
    ['I want to check strategy golden cross on SPY in years 2000-2020', { name: 'sma_crossover', params: { short: 50, long: 200 } }],
    ['I want to try strategy RSI on ADA 2022', { name: 'rsi_mean_reversion' }],
    ['please verify strategy macd on SPY 2020', { name: 'macd' }],
    ['evaluate strategy momentum on SPY 2020', { name: 'momentum' }],
  ])('"%s"', (text, strategy) => {
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining(strategy)]);
  });
});

describe('must not change', () => {
  it.each([
    ['I want to check strategy ichimoku on SPY 2020', 'ichimoku'],
    ['supertrend strategy on SPY 2020', 'supertrend'],
  ])('"%s": a name we lack is still named', (text, name) => {
    expect(userStrategiesOf(text)).toEqual([{ name }]);
  });
});
