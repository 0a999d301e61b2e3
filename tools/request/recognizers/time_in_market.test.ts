import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('the share of the time in the market is the exposure', () => {
  it.each([
    ['For AAPL from 2015 to 2020, find RSI settings that keep me in the market less than 40% of the time while getting a sharpe above 1.', '<', 0.4],
    ['RSI on AAPL for 2020, in the market less than half the time', '<', 0.5],
    ['RSI on AAPL for 2020, invested at most 30% of the time', '<=', 0.3],
    ['RSI on AAPL for 2020, out of the market more than 60% of the time', '<', 0.4],
    ['RSI on AAPL for 2020 with less than 40% of the time in the market', '<', 0.4],
    ['SMA on SPY 2019, stays invested at least 70% of the days', '>=', 0.7],
    ['SMA on SPY 2019, in cash at least half the time', '<=', 0.5],
  ])('%s', (text, operator, value) => {
    expect(specOf(text).targets?.exposure).toEqual({ operator, value });
  });
});

describe('the side may follow the share: "half the time at most"', () => {
  it.each([
    ['QQQ sma 20/100 since 2018. I only want my money in the market half the time at most.', '<=', 0.5],
    ['RSI on AAPL for 2020, invested 30% of the time or more', '>=', 0.3],
    ['RSI on AAPL for 2020, in the market 40% of the time tops', '<=', 0.4],
    ['RSI on AAPL for 2020, out of the market a quarter of the time at least', '<=', 0.75],
  ])('%s', (text, operator, value) => {
    expect(specOf(text).targets?.exposure).toEqual({ operator, value });
  });

  it('a share of the time with no side at all sets no target', () => {
    expect(specOf('RSI on AAPL for 2020, in the market half the time').targets?.exposure).toBeUndefined();
  });
});

describe('must not change: other shares of the time', () => {
  it('a win share stays the win rate', () => {
    expect(specOf('RSI on AAPL for 2020, winning more than 60% of the time').targets).toEqual({ win_rate: { operator: '>', value: 0.6 } });
  });

  it('time in the market written as a metric keeps its reading', () => {
    expect(specOf('RSI on AAPL for 2020 with time in market under 40%').targets?.exposure).toEqual({ operator: '<', value: 0.4 });
  });

  it('being in the market with no share sets no target', () => {
    expect(specOf("I'm in the market for a new strategy: SMA on BTC for 2022").targets?.exposure).toBeUndefined();
  });
});

describe('a denial before the place turns the side (before: the side as written)', () => {
  it.each([
    ["XRP with macd over the last 12 months, and I'd rather my money not be in the market more than half the time", '<=', 0.5],
    ["RSI on AAPL for 2020, I'd rather it not be in the market more than 40% of the time", '<=', 0.4],
    ["RSI on AAPL for 2020, I don't want to be in the market more than 40% of the time", '<=', 0.4],
    ["RSI on AAPL for 2020, I'd prefer it not be invested more than half the time", '<=', 0.5],
    ['RSI on AAPL for 2020, it should never be in the market less than 30% of the time', '>=', 0.3],
    ['RSI on AAPL for 2020, rather not be out of the market more than 60% of the time', '>=', 0.4],
  ])('%s', (text, operator, value) => {
    expect(specOf(text).targets?.exposure).toEqual({ operator, value });
  });

  it.each([
    ['RSI on AAPL for 2020, not less than 40% of the time in the market', '>=', 0.4],
    ['RSI on AAPL for 2020, in the market not more than 40% of the time', '<=', 0.4],
  ])('must not change: a "not" inside the comparator: %s', (text, operator, value) => {
    expect(specOf(text).targets?.exposure).toEqual({ operator, value });
  });
});
