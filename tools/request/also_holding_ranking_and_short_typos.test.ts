import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const namesOf = (text: string) => userStrategiesOf(text).map((strategy) => strategy.name);

/**
 * "Also please compare with simple holding": "also" adds holding to what is asked, a run listed.
 * "The rank use sortino": the ranking as a noun, then its metric. "shrt alowed": short allowed.
 */
describe('holding added with "also" is a listed run', () => {
  it.each([
    'Need backtest golden cross for S&P 500 ETF SPY, period from 2005 to 2015 year. Also please compare with simple holding.',
    'Need backtest of RSI strategy for Litecoin, period 21, levels 25 and 75, whole 2020 year. Also want to compare with simple holding.',
    'Kindly backtest the Nasdaq ETF with EMA 12/26 for past one year only and also do compare with just holding it.',
    'sma on eth 2021 and also compare to simply keeping it',
  ])('"%s"', (text) => {
    expect(namesOf(text)).toContain('buy_and_hold');
  });
});

describe('the ranking named as a noun with its metric', () => {
  it.each([
    ['rsi on doge 2021 to 2023. The rank use sortino.', 'sortino_ratio'],
    ['rsi on btc 2022, for ranking use calmar', 'calmar_ratio'],
    ['rsi on btc 2022 and the ranking should be by sortino', 'sortino_ratio'],
  ])('"%s"', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });
});

describe('shorting allowed, misspelled', () => {
  it.each(['btc momntum lookbak 30 ,shrt alowed, q2 2024', 'btc momentum 30 2024, shorts alowed'])('"%s"', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });
});

describe('must not change', () => {
  it('"compare with just holding it" with no "also" keeps holding the yardstick', () => {
    expect(namesOf('ada ema cross 2019-2022 and compare with just holding it')).not.toContain('buy_and_hold');
  });
  it('"rank by sortino" still ranks', () => {
    expect(specOf('rsi on btc 2022, rank by sortino').rank_by).toBe('sortino_ratio');
  });
  it('a plain "sort by" is not read as "short"', () => {
    const spec = specOf('rsi on btc 2022, sort by calmar');
    expect(spec.allow_short).toBeUndefined();
    expect(spec.rank_by).toBe('calmar_ratio');
  });
});
