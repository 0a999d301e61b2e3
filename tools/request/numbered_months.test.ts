import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"2019 year 6 month" (2019年6月): a month by its number, after its year', () => {
  it('"from 2019 year 6 month to 2021 year 12 month"', () => {
    expect(specOf('donchian on BNB, time from 2019 year 6 month to 2021 year 12 month').date_range).toEqual({ start: '2019-06-01', end: '2021-12-31' });
  });

  it('"2021 3 months" is no month (must not change)', () => {
    expect(specOf('sma on btc 2021 3 months').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});
