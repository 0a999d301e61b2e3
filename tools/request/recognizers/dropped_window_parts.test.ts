import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

const turtle = ['turtle breakout 20 entry / 10 exit on LTC, 2020 through 2023'];

/**
 * "drop the first year, 2020 was a mess" takes a piece off one end of the conversation's window
 * (before: the reason "2020 was a mess" was read as the new window, 2020 alone).
 */
describe('dropping a part of the window', () => {
  it.each([
    ['drop the first year, 2020 was a mess', { start: '2021-01-01', end: '2023-12-31' }],
    ['drop the first year', { start: '2021-01-01', end: '2023-12-31' }],
    ['cut the last year', { start: '2020-01-01', end: '2022-12-31' }],
    ['skip the first 6 months', { start: '2020-07-01', end: '2023-12-31' }],
    ['chop off the last two quarters', { start: '2020-01-01', end: '2023-06-30' }],
    ['take the first year off since it was choppy', { start: '2021-01-01', end: '2023-12-31' }],
    ['leave out 2020', { start: '2021-01-01', end: '2023-12-31' }],
    ['leave 2020 out please', { start: '2021-01-01', end: '2023-12-31' }],
    ['exclude 2020, that year was weird', { start: '2021-01-01', end: '2023-12-31' }],
    ['drop 2023', { start: '2020-01-01', end: '2022-12-31' }],
  ])('"%s"', (text, window) => {
    const spec = specOf(text, turtle);
    expect(spec.date_range).toEqual(window);
    expect(spec.symbols).toEqual(['LTC']);
  });

  it('"lose 2022, it was a bear market" cuts the year at the start of 2022-2024', () => {
    expect(specOf('lose 2022, it was a bear market', ['sma 20/50 on eth 2022 to 2024']).date_range).toEqual({ start: '2023-01-01', end: '2024-12-31' });
  });

  it('with no dates yet there is nothing to cut', () => {
    expect(parseRequest('drop the first year', { today: '2026-01-10', history: ['sma 20/50 on btc'] }).ok).toBe(false);
  });
});

/**
 * A year dropped from inside the window leaves two windows, which one run cannot cover: refused as
 * several periods, naming both (before: "drop 2021" after 2020-2023 ran 2021 alone, the opposite).
 */
describe('dropping a year from the middle of the window', () => {
  it.each(['drop 2021', 'skip 2021', 'exclude 2021', 'leave 2021 out', 'without 2021', 'drop 2021, it was weird'])('"%s" after 2020-2023', (text) => {
    const outcome = parseRequest(text, { today: '2026-01-10', history: turtle });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('several_periods');
    expect(outcome.error.message).toContain('2020-01-01 to 2020-12-31');
    expect(outcome.error.message).toContain('2022-01-01 to 2023-12-31');
  });

  it.each([
    ['without 2020', { start: '2021-01-01', end: '2023-12-31' }],
    ['excluding 2023', { start: '2020-01-01', end: '2022-12-31' }],
  ])('an edge year with "without"/"excluding" trims: "%s"', (text, window) => {
    expect(specOf(text, turtle).date_range).toEqual(window);
  });
});

describe('must not change', () => {
  it('a year outside the window keeps its reading as the new window', () => {
    expect(specOf('drop 2019', turtle).date_range).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  });
  it('"the last year" with no dropping verb is the last calendar year', () => {
    expect(specOf('now the last year', turtle).date_range).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
  it('"just the last 6 months of that" keeps a part', () => {
    expect(specOf('just the last 6 months of that', turtle).date_range).toEqual({ start: '2023-07-01', end: '2023-12-31' });
  });
  it('"drop eth" still removes a symbol', () => {
    expect(specOf('drop eth', ['sma 20/50 on btc and eth 2021']).symbols).toEqual(['BTC']);
  });
});
