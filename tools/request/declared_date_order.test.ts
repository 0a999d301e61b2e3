import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a message that says its own date order sets the order of its ambiguous numeric dates', () => {
  it.each([
    ['Hi brother, please help me test strategy SMA cross 10 and 30 for coin ADA, time from 1/6/2022 to 1/6/2023. The date I write is day/month/year.', '2022-06-01', '2023-06-01'],
    ['sma 10/30 on ADA from 1/6/2022 to 1/6/2023 (dd/mm/yyyy)', '2022-06-01', '2023-06-01'],
    ['sma 10/30 on ADA from 3/4/2021 to 5/6/2022, european format', '2021-04-03', '2022-06-05'],
    ['dates are day first: sma 10/30 on ADA from 3/4/2021 to 5/6/2022', '2021-04-03', '2022-06-05'],
    ['sma 10/30 on ADA since 3/4/2022, dd-mm-yyyy', '2022-04-03', '2026-01-10'],
    ['dates as month/day/year: sma 10/30 on ADA from 3/4/2021 to 5/6/2022', '2021-03-04', '2022-05-06'],
    ['sma 10/30 on ADA from 3/4/2021 to 5/6/2022 (dd/mm)', '2021-04-03', '2022-06-05'],
  ])('%s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  describe('must not change', () => {
    it.each([
      // No declaration: US order, as before.
      ['sma 10/30 on ADA from 1/6/2022 to 1/6/2023', '2022-01-06', '2023-01-06'],
      // A day that can only be first still turns its range day first.
      ['sma 10/30 on ADA from 01/04/2022 to 31/03/2024', '2022-04-01', '2024-03-31'],
      // "dd" is the drawdown, not a date order.
      ['sma on BTC, max dd 20%, from 1/6/2022 to 1/6/2023', '2022-01-06', '2023-01-06'],
      ['sma 10/30 on ADA from 1/6/2022 to 1/6/2023, dates are mm/dd/yyyy', '2022-01-06', '2023-01-06'],
      // "us" the pronoun and the results' format declare no date order, and a day past 12 outweighs any phrase (was 2022-01-06).
      ['rsi on BTC from 15/03/2021 to 01/06/2022 and let us order the results by sharpe', '2021-03-15', '2022-06-01'],
      ['rsi on BTC from 15/03/2021 to 01/06/2022, results in US format please', '2021-03-15', '2022-06-01'],
      ['rsi on BTC from 15/03/2021 to 01/06/2022, dates in US format', '2021-03-15', '2022-06-01'],
      ['sma 10/30 on ADA from 3/4/2021 to 5/6/2022, let us order the results by sharpe', '2021-03-04', '2022-05-06'],
    ])('%s', (text, start, end) => {
      expect(specOf(text).date_range).toEqual({ start, end });
    });
  });
});
