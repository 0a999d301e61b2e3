import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"i have like 2000 to put in": a plain number to be invested is the capital', () => {
  it.each([
    ['if i had just bought bitcoin at the start of 2020 and held it til now how would i have done?? i have like 2000 to put in', 2000],
    ['sma on btc since 2021, i have 5000 to invest', 5000],
    ['sma on btc, got 1500 to play with', 1500],
    ['buy and hold eth 2022, 2500 to spend', 2500],
  ])('"%s"', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('the year beside it stays the window', () => {
    expect(specOf('if i had just bought bitcoin at the start of 2020 and held it til now how would i have done?? i have like 2000 to put in').date_range)
      .toEqual({ start: '2020-01-01', end: '2026-01-10' });
  });

  it.each([
    ['sma on btc from 2019 to invest in the trend', { start: '2019-01-01', end: '2026-01-10' }],
    ['sma on btc 2020 to start of 2022', { start: '2020-01-01', end: '2022-01-01' }],
  ])('must not change: a year after a date\'s lead stays a date: "%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});
