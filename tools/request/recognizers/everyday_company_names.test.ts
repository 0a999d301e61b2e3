import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const ORCHARD = 'Third-generation apple orchard (no relation to the stock). Frost took 40% of our crop in 2021, so I know about drawdowns. '
  + "Anyway, my request: RSI 14 with 35/65 levels on litecoin since 2020, and I'm looking for a Sortino ratio over 1.5.";

describe('"apple" before a noun of the fruit is the fruit, not the stock', () => {
  it.each([
    // before: AAPL and LTC
    [ORCHARD, ['LTC']],
    ['We sell apple pie at the market on weekends. Backtest sma 20/50 on BTC for 2022.', ['BTC']],
    ['My uncle is an apple grower in Washington. Run macd on ETH in 2021.', ['ETH']],
    ['Apple picking season wore me out. rsi on spy 2023 please', ['SPY']],
    ['Our apple trees did badly in 2020. Golden cross on QQQ since 2019.', ['QQQ']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

describe('must not change: "apple" naming the company', () => {
  it.each([
    ['sma 20/50 on apple stock for 2022', ['AAPL']],
    ['golden cross on apple since 2015', ['AAPL']],
    ['rsi on apple and microsoft 2023', ['AAPL', 'MSFT']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
