import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/** "what about the second half instead?" after "H1 2022": the half of the window's year (before: ignored). */
describe('a yearless half or quarter named by its place is in the window\'s year', () => {
  it.each([
    ['what about the second half instead?', 'bollinger on GLD H1 2022', { start: '2022-07-01', end: '2022-12-31' }],
    ['just the first half', 'bollinger on GLD 2022', { start: '2022-01-01', end: '2022-06-30' }],
    ['what about the third quarter instead?', 'bollinger on GLD Q1 2022', { start: '2022-07-01', end: '2022-09-30' }],
  ])('"%s" after "%s"', (text, earlier, dateRange) => {
    expect(specOf(text, [earlier]).date_range).toEqual(dateRange);
  });

  it.each([
    // Must not change: a window over several years has no one year to take the half from.
    ['what about the second half instead?', 'bollinger on GLD 2020-2022', { start: '2020-01-01', end: '2022-12-31' }],
    // Must not change: "of" names what the half is of.
    ['and the second half of the bands, 2 std', 'bollinger on GLD 2022', { start: '2022-01-01', end: '2022-12-31' }],
  ])('"%s" after "%s" keeps the window', (text, earlier, dateRange) => {
    expect(specOf(text, [earlier]).date_range).toEqual(dateRange);
  });
});
