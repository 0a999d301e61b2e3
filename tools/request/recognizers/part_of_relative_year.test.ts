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

  // "of the previous year" and its kin name the year as "of last year" does (before: a quarter or half of it
  // was placed in this year, and the year read as a second window).
  it.each([
    ['sma on btc for the first quarter of the previous year', { start: '2025-01-01', end: '2025-03-31' }],
    ['sma on btc for the second half of the previous year', { start: '2025-07-01', end: '2025-12-31' }],
    ['sma on btc for Q1 of the prior year', { start: '2025-01-01', end: '2025-03-31' }],
    ['sma on btc for H2 of the preceding year', { start: '2025-07-01', end: '2025-12-31' }],
    ['sma on btc for the first quarter of the year before', { start: '2025-01-01', end: '2025-03-31' }],
    ['sma on btc for the first 3 months of the year before', { start: '2025-01-01', end: '2025-03-31' }],
    ['sma on btc for the summer of the previous year', { start: '2025-06-01', end: '2025-08-31' }],
    ['sma on btc for the summer of last year', { start: '2025-06-01', end: '2025-08-31' }],
    ['sma on btc for the fall of last year', { start: '2025-09-01', end: '2025-11-30' }],
    ['sma 5/10 on btc for march of the previous year', { start: '2025-03-01', end: '2025-03-31' }],
    ['sma on btc for the previous year', { start: '2025-01-01', end: '2025-12-31' }],
    ['sma on btc for the preceding year', { start: '2025-01-01', end: '2025-12-31' }],
  ])('"%s" is part of the year before', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it.each([
    // Must not change: "last March" is the latest March that has ended; "to fall" stays a verb; an event after "the year before".
    ['sma 5/10 on btc last march', { start: '2025-03-01', end: '2025-03-31' }],
    ['sma on btc for the year before last', { start: '2024-01-01', end: '2024-12-31' }],
    ['sma on btc sell when it starts to fall this year', { start: '2026-01-01', end: '2026-01-10' }],
  ])('"%s" keeps its reading', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});
