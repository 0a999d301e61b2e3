import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a period naming a meeting is no second window', () => {
  it.each([
    ['The PM wants evidence on trend following in crypto for the Q3 meeting. Please run an EMA 20/50 crossover on BNB from Q2 2022 through Q4 2023.', { start: '2022-04-01', end: '2023-12-31' }],
    ['this is for the Q1 board meeting: rsi on spy 2018-2022', { start: '2018-01-01', end: '2022-12-31' }],
    ['I need it for our March investment committee review. sma 20/50 on qqq from 2015 to 2020', { start: '2015-01-01', end: '2020-12-31' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });
});

describe('must not change', () => {
  it('"rsi on spy for Q3 2023" is the window', () => {
    expect(specOf('rsi on spy for Q3 2023').date_range).toEqual({ start: '2023-07-01', end: '2023-09-30' });
  });
});
