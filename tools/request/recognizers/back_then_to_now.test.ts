import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * "back in 2012 … how much would I have today": from that period to today (before: 2012 alone).
 * The phrase tests read on 2026-01-10.
 */
describe('a start "back in" the past asked of now', () => {
  it.each([
    ["If I'd put 10k into apple using the ema 12/26 crossover back in 2012, how much would I have today?", 'AAPL', '2012-01-01'],
    ["How much would I have now if I'd bought msft with macd back in 2015?", 'MSFT', '2015-01-01'],
    ['had I started sma 50/200 on spy back in 2010, what would 5k be worth by now?', 'SPY', '2010-01-01'],
    ['back in march 2020 if I bought eth with macd, how much would I have these days', 'ETH', '2020-03-01'],
    ['rsi on btc back in 2018 — where would it be currently?', 'BTC', '2018-01-01'],
  ])('"%s"', (text, symbol, start) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.date_range).toEqual({ start, end: '2026-01-10' });
  });

  /** A plain "in" after money put in does the same (before: 2012 alone, refused for BTC as out of data range). */
  it.each([
    ["If I'd put 10k in bitcoin in 2012, how much would I have today?", 'BTC', '2012-01-01'],
    ["If I'd put 10k in spy in 2012, how much today?", 'SPY', '2012-01-01'],
    ['had I invested 5k in apple in 2015, what would it be worth now?', 'AAPL', '2015-01-01'],
    ['if i bought eth in 2018 how much would i have today', 'ETH', '2018-01-01'],
    ["How much would I have now if I'd bought msft in 2015?", 'MSFT', '2015-01-01'],
  ])('without "back": "%s"', (text, symbol, start) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.date_range).toEqual({ start, end: '2026-01-10' });
    expect(spec.strategies.map((strategy) => strategy.name)).toEqual(['buy_and_hold']);
  });

  it('the capital is kept', () => {
    expect(specOf("If I'd put 10k into apple using the ema 12/26 crossover back in 2012, how much would I have today?").initial_capital).toBe(10000);
  });
});

describe('must not change', () => {
  it.each([
    ['ema 12/26 crossover on apple back in 2012', { start: '2012-01-01', end: '2012-12-31' }],
    ['rsi on btc back in 2018, how did it do?', { start: '2018-01-01', end: '2018-12-31' }],
    ["If I'd put 10k into apple with the ema crossover in 2012, how much would I have had by the end of it?", { start: '2012-01-01', end: '2012-12-31' }],
    // No money put in: "now" asks how it looks, not from when.
    ['sma on spy in 2020, how is it doing now', { start: '2020-01-01', end: '2020-12-31' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});
