import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a named crossover, then a clause saying how its averages weigh the days, then its windows', () => {
  it.each([
    ['same idea as a moving avrage cross but the averges weigh recent days heavier, 9 and 21 days. solana, last 12 months', 'ema_crossover', 9, 21],
    ['a moving average crossover but with the averages weighting recent prices more, 12 and 26 days, on SPY, 2020', 'ema_crossover', 12, 26],
    ['ma cross where the averages count the latest days most, 5 and 20 days, btc 2021', 'ema_crossover', 5, 20],
    ['moving average crossover but weighted toward recent days, 10 and 30 days, on SPY, 2021', 'ema_crossover', 10, 30],
    ['moving average crossover but exponential, 10 and 30 days, on SPY, 2021', 'ema_crossover', 10, 30],
    ['moving average crossover but the averages weigh all days equally, 10 and 30 days, on SPY, 2021', 'sma_crossover', 10, 30],
  ])('"%s"', (text, name, short, long) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params: { short, long } }]);
  });
  it('"recent days" in the clause is no period', () => {
    expect(specOf('same idea as a moving average cross but the averages weigh recent days heavier, 9 and 21 days. solana, last 12 months').date_range)
      .toEqual({ start: '2025-01-10', end: '2026-01-10' });
  });
});

describe('must not change', () => {
  it('"more recent data" says nothing of how the averages weigh the days', () => {
    expect(userStrategiesOf('moving average crossover with more recent data, 10 and 30 days, on SPY, 2021')).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 30 } }]);
  });
  it('the crossover with its windows alone stays simple', () => {
    expect(userStrategiesOf('moving average cross, 9 and 21 days. solana, last 12 months')).toEqual([{ name: 'sma_crossover', params: { short: 9, long: 21 } }]);
  });
  it('"SMA and EMA crossovers" stays two strategies', () => {
    expect(userStrategiesOf('SMA and EMA crossovers, both 30/90, on BTC since 2020')).toEqual([
      { name: 'sma_crossover', params: { short: 30, long: 90 } }, { name: 'ema_crossover', params: { short: 30, long: 90 } }]);
  });
});
