import { describe, expect, it } from 'vitest';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

describe('a window\'s edge named as a noun starts (or ends) the window, never a second period', () => {
  it.each([
    ['sma 20/50 on btc with a 2020 start', { start: '2020-01-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc with a 2019 start date', { start: '2019-01-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc, starting point 2021', { start: '2021-01-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc with a March 2021 start', { start: '2021-03-01', end: PHRASE_TEST_TODAY }],
    ['sma 20/50 on btc with a mid-2020 start and a 2022 end', { start: '2020-07-01', end: '2022-12-31' }],
    ['rsi on eth from 2018 with a 2021 end date', { start: '2018-01-01', end: '2021-12-31' }],
    ['macd on btc, start point: 2022', { start: '2022-01-01', end: PHRASE_TEST_TODAY }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it.each([
    ['sma on btc 2021 with a $5,000 start', { start: '2021-01-01', end: '2021-12-31' }, 5000],
    ['sma on btc for 2022', { start: '2022-01-01', end: '2022-12-31' }, 10000],
  ])('"%s" keeps its year and its money', (text, range, capital) => {
    const spec = specOf(text);
    expect(spec.date_range).toEqual(range);
    expect(spec.initial_capital).toBe(capital);
  });
});
