import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('a symbol in a clause told of someone else is the story\'s', () => {
  it.each([
    ["I'd rather sit in cash most of the time; a colleague of mine who trades MSFT is always fully invested. For AAPL from 2015 to 2020, find RSI settings with a sharpe above 1.", ['AAPL']],
    ['My uncle, who only holds BTC, thinks I am crazy. Run SMA 20/50 on ETH for 2022.', ['ETH']],
    ['A friend who trades SPY all day laughed at me; test MACD on QQQ for 2021.', ['QQQ']],
    ['My sister, whose whole portfolio is DOGE, is thrilled. RSI on SOL for 2023, please.', ['SOL']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

describe('must not change: a clause that asks, or names what the request runs', () => {
  it.each([
    // The clause asks for something: the symbol is the request's.
    ['I have a friend who wants me to test ETH. Run SMA 20/50 on it for 2022.', ['ETH']],
    // The request names the same symbol: it is simply that symbol.
    ['For a client who holds AAPL, run SMA on AAPL for 2020.', ['AAPL']],
    // Only the story names a symbol: it is what the request is about.
    ['A colleague who trades MSFT asked me this. Run RSI for 2021.', ['MSFT']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

describe('in a follow-up, a period in a clause told of someone else is their story, not the window', () => {
  const BANDS_ON_ETH = 'run bollinger bands on ETH for 2024';
  it.each([
    ["actually my sister, who's been holding bitcoin since 2017, says try it on BTC instead", ['BTC']],
    ['my uncle, who has held bitcoin since 2018, says try it on BTC', ['BTC']],
    ['ok my buddy who bought solana in 2021 wants me to try SOL instead', ['SOL']],
    ['my sister says try it on BTC instead', ['BTC']],
  ])('%s', (text, symbols) => {
    const spec = specOf(text, [BANDS_ON_ETH]);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});
