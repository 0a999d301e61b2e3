import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/**
 * A terse request that opens with an everyday name ("sol", "gold") and puts it on bars: "sol on
 * weekly candles", "gold on the daily", "sol weekly rsi". Before, the name was left a word and the
 * request had no symbol.
 */
describe('an opening name put on bars', () => {
  it.each([
    ['sol on weekly candles w rsi pls lol', ['SOL'], '1w'],
    ['gold on daily bars with sma 2020', ['GLD'], '1d'],
    ['sol on the 4h chart, macd 2024', ['SOL'], '4h'],
    ['ada on weekly, rsi since 2022', ['ADA'], '1w'],
    ['link weekly rsi 2023', ['LINK'], '1w'],
  ])('"%s" trades %j on %s bars', (text, symbols, interval) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.interval).toBe(interval);
  });
});

describe('must not change: the name as an everyday word', () => {
  it.each([
    ['sol on the beach, macd on eth', ['ETH']],
    ['Ada on our desk wants macd on btc', ['BTC']],
    ['sol 4h rsi 2023', ['SOL']],
    ['btc on weekly candles w rsi', ['BTC']],
    ['Dot on the weekly chart looks weird, run rsi on BTC 2023', ['BTC']],
  ])('"%s" trades %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
