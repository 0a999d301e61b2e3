import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"2023 year first half": the year, the word "year", then its half or quarter', () => {
  it.each([
    ['Please help me test BNB use MACD strategy, time is 2023 year first half', { start: '2023-01-01', end: '2023-06-30' }],
    ['macd on BNB, 2023 year second half', { start: '2023-07-01', end: '2023-12-31' }],
    ['macd on BNB, 2022 year 3rd quarter', { start: '2022-07-01', end: '2022-09-30' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});

describe('must not change', () => {
  it.each([
    ['macd on BNB, 2023 year', { start: '2023-01-01', end: '2023-12-31' }],
    ['macd on BNB, 2023 first half', { start: '2023-01-01', end: '2023-06-30' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});
