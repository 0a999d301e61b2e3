import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

// specOf reads on 2026-01-10: "this year" is 2026, "last year" 2025.
describe('the first or last months of a year named relative to today', () => {
  it.each([
    ['The RSI on bitcoin for the first three months of this year?', { start: '2026-01-01', end: '2026-01-10' }],
    ['rsi on btc for the last two quarters of last year', { start: '2025-07-01', end: '2025-12-31' }],
    ['rsi on btc for the first six months of last year', { start: '2025-01-01', end: '2025-06-30' }],
    ['sma on eth over the first 2 months of the current year', { start: '2026-01-01', end: '2026-01-10' }],
    ['sma on eth over the last 4 months of the previous year', { start: '2025-09-01', end: '2025-12-31' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it.each([
    ['rsi on btc for the first 3 months of 2021', { start: '2021-01-01', end: '2021-03-31' }],
    ['rsi on btc for the last three months of 2022', { start: '2022-10-01', end: '2022-12-31' }],
    ['rsi on btc for the first half of last year', { start: '2025-01-01', end: '2025-06-30' }],
  ])('"%s" keeps its reading', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});
