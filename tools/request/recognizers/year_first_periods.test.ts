import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

/**
 * A month, day or half written after its year ("2024 March", "2022 first half") is that period of
 * the year, as "March 2024" and "the first half of 2022" are: before, the year alone was read and the
 * month or half left out (or a range's end dropped to today).
 */
describe('periods written after their year', () => {
  it.each([
    ['ema 9 21 on eth, time from 2024 March to 2025 June', '2024-03-01', '2025-06-30'],
    ['sma 20 50 btc 2023 jan to 2023 sep', '2023-01-01', '2023-09-30'],
    ['sma 20 50 btc from 2022 May until 2023 Feb', '2022-05-01', '2023-02-28'],
    ['sma 20 50 btc 2021 april - 2022 march', '2021-04-01', '2022-03-31'],
    ['sma 20 50 btc 2021 September through 2022 February', '2021-09-01', '2022-02-28'],
    ['sma 20 50 btc 2024 March 15 to 2025 June 1', '2024-03-15', '2025-06-01'],
    ['sma 20 50 btc 2024 March 15th - 2025 June 1st', '2024-03-15', '2025-06-01'],
    ['momentum on bnb, lookback is 30 day. 2022 first half only.', '2022-01-01', '2022-06-30'],
    ['sma 20 50 btc 2023 second half', '2023-07-01', '2023-12-31'],
    ['sma 20 50 btc 2020 1st half', '2020-01-01', '2020-06-30'],
    ['sma 20 50 btc 2021 2nd half', '2021-07-01', '2021-12-31'],
    ['rsi on eth 2021 second quarter', '2021-04-01', '2021-06-30'],
    ['rsi on eth 2021 march', '2021-03-01', '2021-03-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it.each([
    ['sma 20 50 btc 2021 H2', '2021-07-01', '2021-12-31'],
    ['sma 20 50 btc the 2nd half of 2021', '2021-07-01', '2021-12-31'],
    ['sma 20 50 btc first half of 2022', '2022-01-01', '2022-06-30'],
    ['sma 20 50 btc March 2024 to June 2025', '2024-03-01', '2025-06-30'],
    ['sma 20 50 btc from 2019 to 2021', '2019-01-01', '2021-12-31'],
    ['sma 20 50 btc from 2021 Q2 to 2022 Q1', '2021-04-01', '2022-03-31'],
    // "may" followed by a verb is the verb: the whole year stays.
    ['sma 20 50 btc in 2022 may be a bad year', '2022-01-01', '2022-12-31'],
  ])('near phrasings keep their reading: "%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('a number after the month that is a setting stays a setting, not a day: "2022 march 20 day sma on btc"', () => {
    const outcome = parseRequest('2022 march 20 day sma on btc', { today: '2026-01-10' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.spec.date_range).toEqual({ start: '2022-03-01', end: '2022-03-31' });
    expect(outcome.spec.strategies[0]?.params).toMatchObject({ short: 20 });
  });

  it('a day the calendar lacks is refused as bad_date', () => {
    const outcome = parseRequest('sma 20 50 btc 2023 feb 30 to 2023 may 2', { today: '2026-01-10' });
    expect(outcome.ok ? 'ran' : outcome.error.code).toBe('bad_date');
  });
});
