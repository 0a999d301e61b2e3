import { describe, expect, it } from 'vitest';
import { misspelledScale } from './misspelled_scales.js';
import { specOf } from './test_support/spec_of.js';

describe('a money scale written plural or mistyped after its count keeps its scale', () => {
  it.each([
    ['Need backtest of golden cross for QQQ from 2005 to 2015, capital 50 thousands dollars, and show result in html.', 50000],
    ['sma on btc 2023, capital 2 millions', 2_000_000],
    ['sma on btc 2023, capital 20 thousand of dollars', 20000],
    ['sma on btc 2023, starting capital 10 thousends', 10000],
    ['sma on btc 2023 starting with 1.5 milion dollars', 1_500_000],
    ['sma on btc 2023, capital 1.5 million dollars', 1_500_000],
    ['sma on btc 2023 capital fifty thousands dollars', 50000],
    ['sma on btc 2023 capital 3 billions', 3_000_000_000],
    ['sma on btc 2023, initial capital 30 mil', 30_000_000],
    ['sma on btc 2023, capital 5 lakh', 500_000],
    ['sma on btc 2023, capital 75 thosuand', 75000],
  ])('"%s" starts with %i', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('a plural scale in a money goal keeps its scale as the singular does', () => {
    const goal = (scale: string) => specOf(`sma on btc 2023 capital 10000, i want to turn it into 2 ${scale}`).targets;
    expect(goal('millions')).toEqual({ final_equity: { operator: '>=', value: 2_000_000 } });
    expect(goal('millions')).toEqual(goal('million'));
  });

  it.each([['thousands', 'thousand'], ['millions', 'million'], ['thousends', 'thousand'], ['milion', 'million'], ['millon', 'million'], ['milions', 'million'], ['bilion', 'billion']])(
    'misspelledScale("%s") is %s', (word, scale) => {
      expect(misspelledScale(word)).toBe(scale);
    });
});

describe('must not change: words near a scale that are not one', () => {
  it.each(['thousand', 'million', 'mission', 'missions', 'billing', 'bullion', 'mil', 'mill', 'minion', 'months'])('"%s" is no misspelled scale', (word) => {
    expect(misspelledScale(word)).toBeUndefined();
  });

  it('a plural scale with no count before it is left alone: "thousands of trades"', () => {
    expect(specOf('sma on btc 2023 capital 20000, thousands of trades').initial_capital).toBe(20000);
  });

  it.each([['sma on btc 2023, capital 50000', 50000], ['sma on btc 2023, capital 50 thousand', 50000], ['sma on btc 2023, capital $25k', 25000]])(
    '"%s" still starts with %i', (text, capital) => {
      expect(specOf(text).initial_capital).toBe(capital);
    });
});
