import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const symbolsOf = (text: string) => specOf(text).symbols;
const strategiesOf = (text: string) => userStrategiesOf(text).map(({ name, params }) => (params ? { name, params } : name));

describe('symbols in pasted results and "for the record" asides are background when the ask names its own', () => {
  it.each([
    // A pasted table of past results, then the ask.
    ["My personal log so far:\n\n| ticker | setup | CAGR | max DD |\n|---|---|---|---|\n| TSLA | sma 20/100 | 41% | -62% |\n| NVDA | ema 8/34 | 55% | -48% |\n| COIN | donchian 20 | -12% | -81% |\n\nYes, COIN was a disaster, we don't talk about COIN. Anyway, what I actually want from you: EMA 9/21 crossover on QQQ, 2010 through 2020, 5 bps fees, rank by Calmar. Leave TSLA/NVDA out of it, I know they're not in your data.", ['QQQ'], [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    ['My log:\n\n| ticker | setup | return |\n|---|---|---|\n| AAPL | rsi 14 | +22% |\n| MSFT | macd | -8% |\n\nWhat I want now: SMA 20/50 on SPY for 2015 to 2020.', ['SPY'], [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    // Past results one a line.
    ["Here's what my paper account did last cycle on 4h:\n\nBTC momentum(20): +38%, Sharpe 1.4\nSOL momentum(20): +71%, Sharpe 0.9 (but the drawdowns, oof)\nPEPE: don't ask\n\nWant to check it properly now. 4h bars, BTC only, momentum with a 42-bar lookback, Jan 2024 to the end of Oct 2025.", ['BTC'], [{ name: 'momentum', params: { lookback: 42 } }]],
    ['My paper log:\nETH macd: +12%\nADA macd: -20%\n\nNow run RSI 14 on LTC for 2023.', ['LTC'], [{ name: 'rsi_mean_reversion', params: { period: 14 } }]],
    // "For the record …": an aside that asks for nothing.
    ['XRP has been a casino since the SEC case. I want to be on both sides: EMA 5/20 crossover, long AND short, 2022-01-01 to 2023-12-31. (For the record DOGE and SHIB did the same thing that year, but one meme coin at a time.)', ['XRP'], [{ name: 'ema_crossover', params: { short: 5, long: 20 } }]],
    ['Run a 10/30 SMA crossover on LTC for 2021. For the record, BTC and ETH did the same that year.', ['LTC'], [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['MACD on AAPL for 2020 please. FWIW MSFT did the same thing.', ['AAPL'], ['macd']],
  ])('"%s" runs %j', (text, symbols, strategies) => {
    expect(symbolsOf(text)).toEqual(symbols);
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('says so in a note', () => {
    expect(specOf('Run a 10/30 SMA crossover on LTC for 2021. For the record, BTC and ETH did the same that year.').notes).toContain(
      "read 'BTC' as background, not a symbol to test: it is part of the story you tell, not of what to run");
  });
});

describe('must not change', () => {
  it.each([
    // A real ask keeps every symbol it names, known or not.
    ['compare TSLA and BTC with a 20/50 SMA crossover for 2022', ['TSLA', 'BTC']],
    ['BTC and SOL momentum for 2024', ['BTC', 'SOL']],
    // Weights one a line are the portfolio, not results.
    ['Portfolio for 2020 to 2023, rebalanced monthly:\nSPY 60%\nTLT 40%', ['SPY', 'TLT']],
    // A result told in the asking sentence, and an aside that is all the message names, stay.
    ['BTC did +38% that year, so test momentum 20 on it and on SOL for 2024.', ['BTC', 'SOL']],
    ['For the record, I sold all my DOGE in 2021. Would a 10/30 SMA crossover have kept me in?', ['DOGE']],
    ['BTC momentum(20): +38%, Sharpe 1.4\nRerun that with a 42-bar lookback for 2024.', ['BTC']],
    ['For the record, run it on ETH too. RSI 14 on BTC for 2023.', ['BTC', 'ETH']],
    // An aside that adds to the run asks for it.
    ['Test ETH rsi 2023. For what its worth BTC too.', ['ETH', 'BTC']],
    ['Test ETH rsi 2023. Side note, BTC as well.', ['ETH', 'BTC']],
    ['Test ETH rsi 2023. FWIW include SOL.', ['ETH', 'SOL']],
  ])('"%s" runs %j', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });
});
