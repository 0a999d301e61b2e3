import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('"ever since the pandemic hit in March 2020": the event dated as written is one start', () => {
  it('the target line', () => {
    const spec = specOf('I\'ve been keeping an eye on Microsoft ever since the pandemic hit in March 2020. Would the 20 day / 50 day moving average crossover have done any better than just holding it? Run it up to today please.');
    expect(spec.date_range).toEqual({ start: '2020-03-01', end: '2026-01-10' });
    expect(spec.symbols).toEqual(['MSFT']);
  });
  it.each([
    ['rsi on spy since covid hit in early 2020', '2020-01-01'],
    ['rsi on spy since the pandemic started in march 2020', '2020-03-01'],
    ['rsi on spy from when covid struck in april 2020', '2020-04-01'],
  ])('"%s"', (text, start) => {
    expect(specOf(text).date_range?.start).toBe(start);
  });
});

describe('must not change', () => {
  it('"since the pandemic" starts in March 2020', () => {
    expect(specOf('rsi on spy since the pandemic').date_range).toEqual({ start: '2020-03-01', end: '2026-01-10' });
  });
  it('"the covid crash" alone', () => {
    expect(specOf('rsi on spy since the covid crash').date_range?.start).toBe('2020-03-01');
  });
});
