import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

/** A year, then a range of months without their year: the months of that year. */
describe('a year then its months', () => {
  it.each([
    ['MACD for ETH on the 4 hour chart, period is 2024 year from January to June', '2024-01-01', '2024-06-30'],
    ['macd on eth 2023 year, from March to September', '2023-03-01', '2023-09-30'],
    ['macd on eth in 2022 from feb till may', '2022-02-01', '2022-05-31'],
    ['macd on eth year 2021 from january to june', '2021-01-01', '2021-06-30'],
    ['macd on eth for 2020, january through march', '2020-01-01', '2020-03-31'],
    ['macd on eth in the year 2019 between march and june', '2019-03-01', '2019-06-30'],
    ['macd on eth 2022 from feb to may', '2022-02-01', '2022-05-31'],
    ['macd on eth during 2021 from april until august', '2021-04-01', '2021-08-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it.each([
    ['macd on eth in 2022 feb-may', '2022-02-01', '2022-05-31'],
    ['macd on eth from feb to may 2022', '2022-02-01', '2022-05-31'],
    ['macd on eth 2021 april - 2022 march', '2021-04-01', '2022-03-31'],
    ['macd on eth for 2022', '2022-01-01', '2022-12-31'],
    ['macd on eth from 2019 to 2021', '2019-01-01', '2021-12-31'],
    // "may" followed by a verb stays the verb.
    ['macd on eth in 2022 may be a bad year', '2022-01-01', '2022-12-31'],
  ])('near phrasings keep their reading: "%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it.each([
    // Across the year's end, or two months joined by "and" without "between": no one range in the year, so no silent one.
    'macd on eth in 2022 from november to february',
    'macd on eth in 2022, march and june',
  ])('months that make no range within the year are not read as one: "%s"', (text) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
    expect(outcome.ok).toBe(false);
  });
});
