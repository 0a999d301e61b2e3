import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const ROOMMATE = "My college roommate works at a crypto fund and keeps mentioning solana and avalanche like they're the only two coins that exist. I only care about what I can actually test. Run the golden cross on SOL from 2021 to 2024.";

describe('symbols someone talks about are the story\'s, now and in follow-ups', () => {
  it.each([
    [ROOMMATE, ['SOL']],
    ["My brother won't stop talking about DOGE. Run RSI on BTC for 2022.", ['BTC']],
    ['My dad keeps ranting about gold. Test SMA 20/50 on SPY for 2020.', ['SPY']],
    ['A coworker mentioned XRP at lunch. Backtest MACD on ETH for 2021.', ['ETH']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it.each([
    ['and add bitcoin to that same test please', ['SOL', 'BTC']],
    ['now try it on ETH', ['ETH']],
  ])('after the story: %s', (text, symbols) => {
    expect(specOf(text, [ROOMMATE]).symbols).toEqual(symbols);
  });
});

describe('must not change: a symbol talked about that the request runs, or the only one named', () => {
  it.each([
    ['My friend keeps talking about SOL, so run the golden cross on SOL for 2022.', ['SOL']],
    ['Everyone keeps mentioning ETH. Run SMA 20/50 on it for 2022.', ['ETH']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
