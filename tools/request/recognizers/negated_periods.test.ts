import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

const outcomeOf = (text: string, history: string[] = []) => parseRequest(text, { today: PHRASE_TEST_TODAY, history });

/**
 * A period right after "not" is the one set aside: "only for the year 2023, not until today" after
 * "macd on ETH since 2022" is 2023 alone (before: 2023-01-01 to today, the old end kept).
 */
describe('"not" before a period sets it aside', () => {
  const history = ['macd on ETH since 2022'];
  it.each([
    ['and make it only for the year 2023, not until today', '2023-01-01', '2023-12-31'],
    ['just 2021 and not till today', '2021-01-01', '2021-12-31'],
    ['2022 only, not up to now', '2022-01-01', '2022-12-31'],
    ['make it 2024 but not through today', '2024-01-01', '2024-12-31'],
    ['only 2023, not 2022', '2023-01-01', '2023-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text, history).date_range).toEqual({ start, end });
  });

  it('"instead of to today" still reads as before', () => {
    expect(specOf('2023 instead of to today', history).date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});

describe('must not change', () => {
  it('"not" before a symbol sets the symbol aside', () => {
    expect(specOf('rsi on eth for 2023, not btc').symbols).toEqual(['ETH']);
  });
  it('a year inside the window named is a cut from its middle, which leaves two windows: several_periods', () => {
    expect(outcomeOf('SMA on BTC 2020-2022, no, not 2021')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    expect(outcomeOf('make it 2019 to 2023 but not 2021', ['macd on ETH since 2022'])).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });
  it('a message with one period keeps it', () => {
    expect(specOf('now 2021', ['macd on ETH since 2022']).date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});
