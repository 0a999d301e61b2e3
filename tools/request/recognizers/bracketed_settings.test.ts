import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

/**
 * Settings written in brackets after a strategy's name read as they do without them: the bracket's
 * first number is not taken alone when a reader of the whole bracket ("20 in / 10 out") follows
 * (strategies.ts, readStrategyTail).
 */
describe('settings in brackets after the name', () => {
  it.each([
    ['BNB donchian breakout (20 in / 10 out)** from 2021 to 2024 **with 5 bps slippage and $25k starting capital', { period: 20, exit_period: 10 }],
    ['BNB donchian breakout (20 in / 10 out) from 2021 to 2024', { period: 20, exit_period: 10 }],
    ['BNB donchian (20 in/10 out) since 2021', { period: 20, exit_period: 10 }],
    ['BNB donchian (20 in, 10 out) since 2021', { period: 20, exit_period: 10 }],
    ['BNB donchian (55 days in and 20 out) since 2020', { period: 55, exit_period: 20 }],
    ['BNB turtle breakout [55 in / 20 out] since 2020', { period: 55, exit_period: 20 }],
    ['BNB donchian breakout (entry 20, exit 10) from 2021', { period: 20, exit_period: 10 }],
    ['BNB donchian (20 entry / 10 exit) from 2021', { period: 20, exit_period: 10 }],
    ['BTC SMA crossover (fast 10 / slow 30) since 2020', { short: 10, long: 30 }],
    ['ETH RSI (14, 30/70) since 2020', { period: 14, lower: 30, upper: 70 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text).map((strategy) => strategy.params)).toEqual([params]);
  });

  it('keeps the rest of the request read: dates, slippage, capital', () => {
    const spec = specOf('BNB donchian breakout (20 in / 10 out)** from 2021 to 2024 **with 5 bps slippage and $25k starting capital');
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2024-12-31' });
    expect(spec.slippage_bps).toBe(5);
    expect(spec.initial_capital).toBe(25000);
    expect(spec.notes ?? []).not.toContainEqual(expect.stringContaining("'10'"));
  });
});

describe('must not change', () => {
  it.each([
    ['BNB donchian breakout 20 in / 10 out from 2021 to 2024', { period: 20, exit_period: 10 }],
    ['BTC SMA crossover (10/30) since 2020', { short: 10, long: 30 }],
    ['BNB donchian breakout (20/10) from 2021', { period: 20, exit_period: 10 }],
    ['ETH RSI (14) since 2020', { period: 14 }],
    ['BTC macd (12/26/9) since 2020', { fast: 12, slow: 26, signal: 9 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text).map((strategy) => strategy.params)).toEqual([params]);
  });

  it('"momentum (30 vs 90 day lookback)" still compares two lookbacks', () => {
    expect(userStrategiesOf('BTC momentum (30 vs 90 day lookback) since 2020').map((strategy) => strategy.params)).toEqual([{ lookback: 30 }, { lookback: 90 }]);
  });
});
