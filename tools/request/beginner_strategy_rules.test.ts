import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import type { RequestSpec } from './request_spec.js';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

/** Non-crossover strategies told in a beginner's own words: Bollinger bands, the RSI gauge, momentum, Donchian channels. */
const TODAY = '2025-11-20';
const specOf = (text: string): RequestSpec => specsAfterTurnsOn(TODAY)([text]);
const strategiesOf = (text: string): RequestSpec['strategies'] => specOf(text).strategies.filter((strategy) => !strategy.baseline);
const errorOf = (text: string): string | undefined => {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? undefined : outcome.error.code;
};

describe('Bollinger bands drawn as an average with lines around it', () => {
  it('"the average of the last 20 days" is the bands\' window, never a second period to run over', () => {
    const spec = specOf('my uncle showed me this thing where you draw a line for the average of the last 20 days and then two lines above and below it '
      + '(2.5 standard deviations away), and you buy when the price touches the bottom line. can we see how that would have done on SPY 2015-2019?');
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]);
    expect(spec.date_range).toEqual({ start: '2015-01-01', end: '2019-12-31' });
  });

  it.each([
    ['Bands around the 30-day average, 2 std wide (that\'s what the youtube guy used). Litecoin, 2020-2024.', { period: 30, std_dev: 2 }],
    ['lines around the 20-day average, 3 sd wide, on BTC 2021', { period: 20, std_dev: 3 }],
    ['draw the average of the past 30 days and two bands on either side of it (2 sd away), buy at the bottom one. AAPL 2018-2020', { period: 30, std_dev: 2 }],
    ['take the mean of the last 50 days, and then two lines around it, 2.5 std away. buy the lower one. ETH 2020-2022', { period: 50, std_dev: 2.5 }],
    ['the average of the last 20 days plus and minus 2 standard deviations on SPY 2019', { period: 20, std_dev: 2 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'bollinger_bands', params }]);
  });
});

describe('the 0-100 gauge told by its scale after its name: RSI', () => {
  it.each([
    ["there's that gauge that goes from 0 to 100 and says a coin is 'oversold' when it's low? I want to buy SOL when it drops below 20 and sell when it goes above 80. "
      + 'just use the usual length for it. past 12 months', { lower: 20, upper: 80 }],
    ['use the gauge that runs from 0 to 100 on ETH, buy when it drops below 25 and sell when it goes above 75, 2022', { lower: 25, upper: 75 }],
    ['the meter which goes 0 to 100, buy BTC when it falls under 30 and sell when it rises over 70, 2023', { lower: 30, upper: 70 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('levels told as what would have been done ("went under 30 … sold when it went over 70") and "the 2000" as the capital named before', () => {
    const spec = specOf("I have 2,000 dollars saved from my summer job (I'm 19). What if I bought XRP whenever that overbought/oversold indicator (14 days) "
      + 'went under 30 and sold when it went over 70, starting with the 2000, from 2018 to 2021?');
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
    expect(spec.initial_capital).toBe(2000);
    expect(spec.date_range).toEqual({ start: '2018-01-01', end: '2021-12-31' });
  });

  it.each([
    ['RSI on XRP, bought when it went under 25 and sold when it went over 75, 2018', { lower: 25, upper: 75 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('"beginning with the 1500" after "1500 dollars" is that capital', () => {
    expect(specOf('I saved 1500 dollars, what if I ran RSI on ETH beginning with the 1500, 2020-2021').initial_capital).toBe(1500);
  });
});

describe('momentum: higher today than N days ago', () => {
  it.each([
    ["Simple rule I read about: if QQQ is higher today than it was 60 trading days ago, I'm in, otherwise I'm out. How would that have gone since 2005?", 60],
    ['if SPY closes higher now than 120 days ago I hold it, else cash. 2010-2020', 120],
    ["when BTC's price is greater today than it was 30 days back, buy; 2021", 30],
  ])('"%s"', (text, lookback) => {
    expect(strategiesOf(text)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });
});

describe('a channel rule with an unnumbered window and its settings told beside it', () => {
  it.each([
    ['Buy gold when it breaks above its highest price of the past several weeks [period 40, exit 20] and sell when it falls to the lowest of the last few weeks. 2012-2022.',
      { period: 40, exit_period: 20 }],
    ['buy BTC on a new high of the last few weeks (period 30, exit 15), sell at the lowest close of the past couple of weeks, 2021', { period: 30, exit_period: 15 }],
    ['Buy gold when it breaks above its highest price of the past 40 days and sell when it falls to the lowest of the last 20 days. 2012-2022', { period: 40, exit_period: 20 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });
});

describe('two described signals combined into one rule are refused', () => {
  it.each([
    'I only want to buy when the short average is above the long one AND that oversold meter is under 30 at the same time, on ETH since 2022. is that possible',
    'buy BTC when the shorter average is over the long one and the overbought/oversold gauge is below 30, 2021',
    'buy SPY only if that oversold indicator is under 25 and price is above the 200 day average, 2015-2020',
  ])('"%s"', (text) => {
    expect(errorOf(text)).toBe('unsupported_rule');
  });
});

describe('must not change', () => {
  it.each([
    'rsi on spy 2020, I sold when it went over 70 dollars',
    'rsi on spy 2020, I sold when it went over $70',
    'rsi on doge 2021. I bought doge when it went under 30 cents last year',
  ])('a price told in the past tense is no RSI level: "%s"', (text) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion' }]);
  });

  it('"several weeks" with no settings beside it sets no window, so no breakout runs', () => {
    expect(strategiesOf('Buy gold when it breaks above its highest price of the past several weeks and sell when it falls to the lowest of the last few weeks. 2012-2022'))
      .toEqual([]);
  });

  it('"the average of the last 3 years" is a period, not an average\'s window in bars', () => {
    expect(specOf('show me the average of the last 3 years for SPY with buy and hold').date_range).toEqual({ start: '2022-11-20', end: '2025-11-20' });
  });

  it('one crossover told in words stays one strategy, and MACD\'s fast line is its own', () => {
    expect(strategiesOf('buy when the short average crosses above the long average and sell when it crosses back below, ETH 2022')).toEqual([{ name: 'sma_crossover' }]);
    expect(strategiesOf('macd on ETH, buy when the fast line crosses above the signal line, 2022')).toEqual([{ name: 'macd' }]);
  });

  it('two strategies listed are two runs', () => {
    expect(strategiesOf('compare rsi and sma crossover on BTC 2021').map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'sma_crossover']);
  });

  it('selling on a rise over N days ago is no momentum rule', () => {
    expect(errorOf('sell QQQ if it is higher today than it was 60 days ago, 2020')).toBe('not_understood');
  });

  it('a price a story sold at is no RSI level', () => {
    expect(strategiesOf('I bought BTC in 2017 and sold when it went over 20000. RSI on BTC 2018')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});
