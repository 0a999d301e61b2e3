import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** Two bare digits after "since" (or "from … to …", or a clause-ending "in") are a year: 95 → 1995, 05 → 2005. */
describe('a two-digit year where a year is expected', () => {
  it.each([
    ['spy golden cross since 95, 1bp fees', '1995-01-01', '2026-01-10'],
    ['btc sma crossover since 21', '2021-01-01', '2026-01-10'],
    ['spy buy and hold, from 05 to 10', '2005-01-01', '2010-12-31'],
    ['spy golden cross, from 98 through 03', '1998-01-01', '2003-12-31'],
    ['btc sma crossover in 21', '2021-01-01', '2021-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it.each(['sma on spy since 40', 'sma crossover on spy, short from 10 to 20', 'rsi on spy in 20 days'])('"%s" reads no year from the digits', (text) => {
    expect(specOf(text).date_range).toBeUndefined();
  });
});
