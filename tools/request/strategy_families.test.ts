import { describe, expect, it } from 'vitest';
import { notesOf, strategiesOf } from './test_support/strategies_of.js';

describe('a family of strategies named beside a concrete one is background', () => {
  it.each([
    ['ive been reading about trend following, what i want to see is donchian on btc 2020', [{ name: 'donchian_breakout' }]],
    ['a lecture on trend-following rules: run a 20-day Donchian channel breakout with a 10-day exit on SPY 2005', [{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]],
    ['whether volatility-band strategies work on crypto: test Bollinger Bands 30 / 1.5 on ETH 2019', [{ name: 'bollinger_bands', params: { period: 30, std_dev: 1.5 } }]],
    ['mean reversion is my thing, so rsi 14 on SPY 2020', [{ name: 'rsi_mean_reversion', params: { period: 14 } }]],
    ['breakouts never work for me, try macd on QQQ 2020', [{ name: 'macd' }]],
    ["I've held Ether for 3 years. Could you run RSI on it for 2023?", [{ name: 'rsi_mean_reversion' }]],
  ])('"%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('says which family word it read as background', () => {
    expect(notesOf('trend following fan here: macd on SPY 2020')).toContain("read 'trend following' as background to the strategy named, not as a request for sma_crossover");
  });

  it.each([
    ['trend following on BTC 2020', [{ name: 'sma_crossover' }]],
    ['volatility band strategy on ETH 2021', [{ name: 'bollinger_bands' }]],
    ['mean reversion vs trend following on SPY 2020', [{ name: 'rsi_mean_reversion' }, { name: 'sma_crossover' }]],
    // Buy and hold is the baseline, not a concrete strategy beside which the family is background.
    ['trend following vs buy and hold on SPY 2020', [{ name: 'sma_crossover' }, { name: 'buy_and_hold' }]],
    // Numbers make the family word a setting of its own.
    ['a 20-day breakout vs macd on QQQ 2020', [{ name: 'donchian_breakout', params: { period: 20 } }, { name: 'macd' }]],
    ['mean reversion with bollinger 20/2 on SPY 2020', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]],
    ['what if I held bitcoin in 2021', [{ name: 'buy_and_hold' }]],
  ])('alone, or with numbers, it names its strategy: "%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });
});

describe('"just holding": the strategy asked about, or the yardstick', () => {
  it.each([
    'how would i have done just holding bitcoin from 3/15/2020 to 11/10/2021 with $1000??',
    'what if I was just holding ETH in 2021',
    'compare macd with simply holding QQQ in 2020',
    // Holding offered as the other choice ("X, or just holding?") is a side of the question, not its yardstick.
    'rsi on SPY 2020, or just holding it?',
  ])('is buy and hold when asked about, or compared by name: "%s"', (text) => {
    expect(strategiesOf(text)).toEqual(expect.arrayContaining([{ name: 'buy_and_hold' }]));
  });

  it.each([
    ['Does a 12/26/9 MACD beat just holding Apple in 2019?', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['is a 20-day channel breakout on gold in 2010 any better than just holding the metal?', [{ name: 'donchian_breakout', params: { period: 20 } }]],
    ['a 20-day breakout on gold vs. just holding it, 2010', [{ name: 'donchian_breakout', params: { period: 20 } }]],
  ])('is the baseline after a comparison or beside another strategy: "%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });
});
