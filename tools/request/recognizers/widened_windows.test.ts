import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const run = ['rsi on btc 2021-2022'];

describe('"widen the window by a year on each side": both edges move outwards or inwards', () => {
  it.each([
    ['widen the window by a year on each side', { start: '2020-01-01', end: '2023-12-31' }],
    ['add a year at both ends', { start: '2020-01-01', end: '2023-12-31' }],
    ['expand it by 6 months on both sides', { start: '2020-07-01', end: '2023-06-30' }],
    ['pad the window by 3 months either side', { start: '2020-10-01', end: '2023-03-31' }],
    ['narrow it by 6 months on each side', { start: '2021-07-01', end: '2022-06-30' }],
  ])('"%s"', (text, window) => {
    const spec = specOf(text, run);
    expect(spec.date_range).toEqual(window);
    expect(spec.symbols).toEqual(['BTC']);
  });
});

describe('must not change', () => {
  it('"extend it by a year" moves the end alone', () => {
    expect(specOf('extend it by a year', run).date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
  });
  it('"add a year" moves the end alone', () => {
    expect(specOf('add a year', run).date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
  });
  it('"shorten the window by 6 months" moves the end alone', () => {
    expect(specOf('shorten the window by 6 months', run).date_range).toEqual({ start: '2021-01-01', end: '2022-06-30' });
  });
});
