import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"the 2020 year", "the 2022 year end": the unit written after its year', () => {
  it.each([
    ['donchian on LTC from the 2020 year until the 2022 year end', { start: '2020-01-01', end: '2022-12-31' }],
    ['donchian on LTC from 2020 year to 2022 year-end', { start: '2020-01-01', end: '2022-12-31' }],
    ['golden cross on SPY, period from 2005 to 2015 year', { start: '2005-01-01', end: '2015-12-31' }],
    ['donchian on LTC for the 2021 year', { start: '2021-01-01', end: '2021-12-31' }],
    ['sma on btc since the 2018 year', { start: '2018-01-01', end: '2026-01-10' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it.each([
    ['donchian on LTC from the year 2020 until the end of 2022', { start: '2020-01-01', end: '2022-12-31' }],
    ['donchian on LTC for 2021', { start: '2021-01-01', end: '2021-12-31' }],
  ])('must not change: "%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});
