import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/**
 * A message shouted in part: the words in capitals beside each other are ordinary English and chat
 * slang ("BRO", "LETS GOOO", "OR IM OUT"), not tickers. Before, each became an unknown symbol.
 */
describe('everyday words shouted beside other capitals', () => {
  it.each([
    ['BRO SOL DONCHIAN 20 BREAKOUT SINCE 2023 LETS GOOO does it even work or nah', ['SOL']],
    ['ltc and bnb momentum 30 day lookback past 12 months, need win rate above 55% OR IM OUT', ['LTC', 'BNB']],
    ['rsi on btc since 2020 LETS GOOO', ['BTC']],
    ['YO ETH MACD 2021 is it good', ['ETH']],
    ['ok so eth rsi 2022 NAHHH ITS OVER', ['ETH']],
    ['BRO BTC MACD 2021 or nah', ['BTC']],
  ])('"%s" trades %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

describe('must not change: tickers in capitals', () => {
  it.each([
    ['backtest BRO with rsi', ['BRO']],
    ['BACKTEST TSLA WITH RSI SINCE 2022', ['TSLA']],
    ['sma on ETH, AVAX and BRO 2023', ['ETH', 'AVAX', 'BRO']],
    ['BTC AND ETH RSI SINCE 2022, IS IT ANY GOOD', ['BTC', 'ETH']],
    ['macd on PEPE and BTC 2024', ['PEPE', 'BTC']],
  ])('"%s" trades %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
