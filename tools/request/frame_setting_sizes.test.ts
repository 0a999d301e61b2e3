import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"timeframe 4 hours": the bars setting, then a size no backtest spans', () => {
  it.each([
    ['turtle strategy on BTC for 2024 year, timeframe 4 hours', '4h'],
    ['turtle on BTC 2024, time frame 1 hour', '1h'],
    ['turtle on BTC 2024, interval 4 hours', '4h'],
    ['turtle on BTC 2024, tf 2 hours', '2h'],
    ['turtle on BTC 2024, time frame 1 day', '1d'],
  ])('"%s"', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });
});

describe('must not change', () => {
  it.each([
    ['turtle on BTC 2024, timeframe 30 days'],
    ['turtle on BTC 2024, timeframe 2 days'],
    ['BTC ETH 50/50 2024, rebalance interval 4 hours'],
  ])('"%s" sets no bars', (text) => {
    expect(specOf(text).interval).toBeUndefined();
  });
});
