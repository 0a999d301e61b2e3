import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const run = ['ema 12/26 on eth from 2022-03-01 to 2023-03-01'];

describe('"stretch it all the way up to today": the end moves, the start stays', () => {
  it.each([
    ['ok now stretch it all the way up to today', '2026-01-10'],
    ['extend it to today', '2026-01-10'],
    ['run it through to now', '2026-01-10'],
    ['stretch the end to today', '2026-01-10'],
    ['carry the window on until the end of 2024', '2024-12-31'],
    ['extend it to 2024', '2024-12-31'],
  ])('"%s"', (text, end) => {
    const spec = specOf(text, run);
    expect(spec.date_range).toEqual({ start: '2022-03-01', end });
    expect(spec.symbols).toEqual(['ETH']);
  });
});

describe('must not change', () => {
  it('"extend it back to 2019" moves the start', () => {
    expect(specOf('extend it back to 2019', run).date_range).toEqual({ start: '2019-01-01', end: '2023-03-01' });
  });
  it('"extend it by a year" moves the end by a span', () => {
    expect(specOf('extend it by a year', run).date_range).toEqual({ start: '2022-03-01', end: '2024-03-01' });
  });
});
