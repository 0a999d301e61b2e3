import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { readSpokenNumbers } from './spoken_numbers.js';
import { tokenize } from './tokenizer.js';
import { notesOf as notesRead, strategiesOf as strategiesRead } from './test_support/strategies_of.js';

/**
 * A strategy's settings written in words, as careful prose and speech put them: "a fifty-day versus
 * two-hundred-day crossover", "two and a half standard deviations", "14 day" as an item of a list,
 * "exiting on a ten-day channel". Each reads as the same settings written in digits.
 */
const TODAY = '2025-11-20';
const strategiesOf = (text: string) => strategiesRead(text, TODAY);
const notesOf = (text: string) => notesRead(text, TODAY);

function numbersOf(text: string): number[] {
  return readSpokenNumbers(tokenize(text)).filter((token) => token.kind === 'number').map((token) => token.value);
}

function strategiesAfter(history: string[], text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline) : outcome.error.code;
}

describe('a whole number and a half, in words', () => {
  it.each([
    ['two and a half standard deviations', [2.5]],
    ['one and a half standard deviations', [1.5]],
    ['bands three and a half wide', [3.5]],
    ['two point five standard deviations', [2.5]],
  ])('"%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it('"one" alone stays a pronoun, and a fraction\'s count stays a word', () => {
    expect(numbersOf('which one did better')).toEqual([]);
    expect(numbersOf('a quarter of my money and the rest in gold')).toEqual([]);
  });
});

describe('a crossover\'s two windows joined by "versus" before its name', () => {
  it.each([
    ['backtest a fifty-day versus two-hundred-day simple moving average crossover on Bitcoin, from the start of 2018 to the end of 2023', 'sma_crossover', { short: 50, long: 200 }],
    ['a 50-day versus 200-day sma crossover on BTC in 2021', 'sma_crossover', { short: 50, long: 200 }],
    ['twelve vs twenty-six day ema crossover on eth for 2022', 'ema_crossover', { short: 12, long: 26 }],
    ['how did a twenty versus sixty day moving average crossover do on gold in 2020?', 'sma_crossover', { short: 20, long: 60 }],
  ])('"%s"', (text, name, params) => {
    expect(strategiesOf(text)).toEqual([{ name, params }]);
  });

  it('leaves two momentum lookbacks joined by "vs" as before: no crossover is made of them', () => {
    expect(strategiesOf('a 30 vs 90 day momentum on btc in 2021')).not.toContainEqual(expect.objectContaining({ name: 'sma_crossover' }));
  });
});

describe('a window written alone as an item of the settings', () => {
  it.each([
    ['can u test rsi on ethereum, 14 day, buy under thirty sell over seventy, over the past two years? thx', { period: 14, lower: 30, upper: 70 }],
    ['rsi on btc, 21 day, 25/75, 2022', { period: 21, lower: 25, upper: 75 }],
    ['rsi on spy for 2020, nine-day, buy under twenty sell over eighty', { period: 9, lower: 20, upper: 80 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('reads "the usual twenty periods" as the bands\' window, with their width beside it', () => {
    const text = "I'm trying to understand Bollinger Bands. Can you run them on Bitcoin with the usual twenty periods and two standard deviations for the year 2021?";
    expect(strategiesOf(text)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
    expect(strategiesOf('Bollinger bands on ETH in 2022. Use 30 bars and 2.5 standard deviations.')).toEqual([{ name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }]);
  });

  it('leaves a count of days with its own noun, or a stretch of time, alone', () => {
    expect(notesOf('rsi on eth in 2023, I read about it on a 14 day trip')).not.toContainEqual(expect.stringContaining('period 14'));
    expect(strategiesOf('rsi on eth over the last 20 bars of 2023')).toEqual([{ name: 'rsi_mean_reversion' }]);
    expect(strategiesOf('my two kids and I tried rsi on spy twenty years ago, in 2005')).toEqual([{ name: 'rsi_mean_reversion' }]);
    expect(strategiesOf('rsi on eth in 2023: it went up 30 days and then fell')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});

describe('bands and widths written in words', () => {
  it.each([
    ["a Bollinger band approach, say thirty days and two and a half standard deviations, on MSFT from 2008 until today", { period: 30, std_dev: 2.5 }],
    ['bollinger of twenty and two on spy in 2021', { period: 20, std_dev: 2 }],
    ['bollinger bands on qqq for 2019 with twenty-five days and one and a half standard deviations', { period: 25, std_dev: 1.5 }],
    ['bollinger twenty and two point five on spy in 2021', { period: 20, std_dev: 2.5 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'bollinger_bands', params }]);
  });
});

describe('a breakout\'s channels named by the trade made on them', () => {
  it.each([
    ['compare a twenty-day Donchian breakout (exiting on a ten-day channel) with SPY over 2000 to 2009', { period: 20, exit_period: 10 }],
    ['donchian on qqq in 2020, entering on a fifty-five-day channel and exiting on a twenty-day channel', { period: 55, exit_period: 20 }],
    ['a 40-day donchian breakout on gld for 2015, exiting on a 15-day channel', { period: 40, exit_period: 15 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });

  it.each([
    ['A crypto influencer claims that buying Solana whenever it makes a new twenty-day high and selling on a ten-day low would have tripled your money since 2021.', { period: 20, exit_period: 10 }],
    ['buying Solana whenever it makes a new 20-day high and selling on a 10-day low, since 2021', { period: 20, exit_period: 10 }],
    ['enter ETH each time it sets a fresh fifty-five-day high and exit on a twenty-day low, 2019 to 2022', { period: 55, exit_period: 20 }],
    ['go long gold when it makes a new forty-day high, get out on a fifteen-day low, 2010 to 2020', { period: 40, exit_period: 15 }],
  ])('a breakout described as buying new highs, with no name: "%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });

  it('buying a low is still no breakout, however far back the buying is said', () => {
    expect(strategiesOf('buying BTC whenever it makes a new 20-day low, 2021')).not.toContainEqual(expect.objectContaining({ name: 'donchian_breakout' }));
  });
});

describe('a strategy swapped in for "that"', () => {
  const history = ['Could you test the golden cross on the S&P from 2000 to 2020?'];
  it.each([
    ['Thank you kindly. Could you swap that for a two-hundred-day momentum rule over the same years?', { name: 'momentum', params: { lookback: 200 } }],
    ['swap it for a hundred-day momentum', { name: 'momentum', params: { lookback: 100 } }],
    ['replace that with rsi with a fourteen-day period', { name: 'rsi_mean_reversion', params: { period: 14 } }],
    ['could you switch this for an ema twelve and twenty-six crossover?', { name: 'ema_crossover', params: { short: 12, long: 26 } }],
  ])('"%s"', (text, strategy) => {
    expect(strategiesAfter(history, text)).toEqual([strategy]);
  });

  it('still swaps a named strategy out for the one after it', () => {
    expect(strategiesAfter(history, 'swap the crossover for momentum')).toEqual([{ name: 'momentum' }]);
    expect(strategiesAfter(history, 'replace sma with rsi')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});
