import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('"q4" after a word for set work numbers the question, not a quarter', () => {
  it.each([
    ['hw q4: "backtest buy-and-hold on QQQ, 2000-2002, report total return." thx', { start: '2000-01-01', end: '2002-12-31' }],
    ['homework q2: SMA 10/50 on SPY 2015-2020', { start: '2015-01-01', end: '2020-12-31' }],
    ['exercise q3 - RSI on BTC for 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['Problem Q1. Run buy and hold on AAPL 2010 to 2012', { start: '2010-01-01', end: '2012-12-31' }],
    // A year that opens a range of years is the question's period.
    ['hw q4 2000-2002 buy and hold QQQ', { start: '2000-01-01', end: '2002-12-31' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });

  it('the question reads its strategy as before', () => {
    expect(userStrategiesOf('hw q4: "backtest buy-and-hold on QQQ, 2000-2002, report total return." thx').map((strategy) => strategy.name)).toEqual(['buy_and_hold']);
  });
});

describe('must not change: quarters stay quarters', () => {
  it.each([
    ['SMA on SPY Q4 2023', { start: '2023-10-01', end: '2023-12-31' }],
    ['SMA on SPY q4 of last year', { start: '2025-10-01', end: '2025-12-31' }],
    ['SMA on SPY for 2023 q4', { start: '2023-10-01', end: '2023-12-31' }],
    // A year right after makes it a quarter even after a word for set work (these read the whole year).
    ['Quick question q3 2024 rsi on BTC', { start: '2024-07-01', end: '2024-09-30' }],
    ['Task q4 2023 sma on SPY', { start: '2023-10-01', end: '2023-12-31' }],
    ['question q1 2024 btc rsi?', { start: '2024-01-01', end: '2024-03-31' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});
