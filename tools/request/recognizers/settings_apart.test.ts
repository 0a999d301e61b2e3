import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';
import { strategiesOf } from '../test_support/strategies_of.js';

/**
 * A strategy's settings said in everyday words: apart from its name as a clause of their own
 * ("…, twelve twenty-six nine"), a window said "over" ("RSI over 21 days"), levels by the trade made
 * ("in below 30, out above 70"), a breakout's channels with their unit ("55 days in 20 out"), and the
 * sides traded written after the numbers ("8/21/5 long/short").
 */
describe('settings written as a clause of their own', () => {
  it.each([
    ['run macd on doge for 2023, twelve twenty-six nine', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['macd on eth in 2022, 8 17 9', [{ name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }]],
    ['sma crossover on spy for 2021, 20 50', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['RSI on Microsoft, fourteen days, buy under thirty and sell over seventy, 2019', [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]],
    ['momentum on btc, 30 days, 2023', [{ name: 'momentum', params: { lookback: 30 } }]],
    ['RSI over twenty-one days on xrp, spring 2023', [{ name: 'rsi_mean_reversion', params: { period: 21 } }]],
  ])('"%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('a year between commas is no setting', () => {
    expect(specOf('sma crossover on spy, 2019, with 0.1% fees').strategies[0]).toEqual({ name: 'sma_crossover' });
  });

  it('numbers that do not make a whole setting stay unread', () => {
    expect(strategiesOf('macd on eth in 2022, 8 17')).toEqual([{ name: 'macd' }]);
  });

  it('a window in days with no strategy that takes one is no setting', () => {
    expect(specOf('sma crossover on spy for 2021, 30 days').strategies[0]).toEqual({ name: 'sma_crossover' });
  });
});

describe('levels and channels by the trade made', () => {
  it.each([
    ['RSI 21 on XRP, in below thirty, out above seventy, 2023', { period: 21, lower: 30, upper: 70 }],
    ['rsi on eth 2022, in under 25 and out over 75', { lower: 25, upper: 75 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it.each([
    ['turtle breakout 55 days in 20 out on sol, summer 2024', { period: 55, exit_period: 20 }],
    ['channel breakout on bitcoin in 2022, twenty days in and ten out', { period: 20, exit_period: 10 }],
    ['donchian on eth 2021, 40 bars in, 15 bars out', { period: 40, exit_period: 15 }],
    ['donchian on eth 2021, 55 in / 20 out', { period: 55, exit_period: 20 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });

  it('"50 in 2022" stays a date, with no channel read', () => {
    expect(strategiesOf('donchian 50 in 2022 on eth')).toEqual([{ name: 'donchian_breakout', params: { period: 50 } }]);
  });
});

describe('the sides traded after the numbers', () => {
  it.each(['macd 8/21/5 long/short on eth 2024', 'macd 8/21/5 long-short on eth 2024', 'macd 8 21 5 long and short on eth 2024'])('"%s" keeps the triple and shorts', (text) => {
    const spec = specOf(text);
    expect(spec.strategies[0]).toEqual({ name: 'macd', params: { fast: 8, slow: 21, signal: 5 } });
    expect(spec.allow_short).toBe(true);
  });

  it('"20 long" alone still names the long window', () => {
    expect(strategiesOf('sma 10 short 20 long on spy 2020')).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 20 } }]);
  });
});
