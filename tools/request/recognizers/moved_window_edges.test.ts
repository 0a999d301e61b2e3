import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const FIRST = 'momentum with a 90 day lookback on btc from 2021 to 2024';

describe('a verb, an edge noun, a direction and a span move only that edge of the window', () => {
  it.each([
    ['push the start back a year', { start: '2020-01-01', end: '2024-12-31' }],
    ['push the start back by a year', { start: '2020-01-01', end: '2024-12-31' }],
    ['move the end forward 6 months', { start: '2021-01-01', end: '2025-06-30' }],
    ['pull the start in by 3 months', { start: '2021-04-01', end: '2024-12-31' }],
    ['bring the end date in by 6 months', { start: '2021-01-01', end: '2024-06-30' }],
    ['shift the start of the window back 2 years', { start: '2019-01-01', end: '2024-12-31' }],
    ['move the start date a year earlier', { start: '2020-01-01', end: '2024-12-31' }],
    ['push the start out by two years', { start: '2019-01-01', end: '2024-12-31' }],
    ['slide the end back 1 year', { start: '2021-01-01', end: '2023-12-31' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text, [FIRST]).date_range).toEqual(range);
  });

  it.each([
    ['must not change: without an edge noun both edges move', 'move it back a year', { start: '2020-01-01', end: '2023-12-31' }],
    ['must not change: a span after the edge verb', 'start a year earlier', { start: '2020-01-01', end: '2024-12-31' }],
    ['must not change: a dated edge', 'start it in 2022', { start: '2022-01-01', end: '2024-12-31' }],
  ])('%s: "%s"', (_why, text, range) => {
    expect(specOf(text, [FIRST]).date_range).toEqual(range);
  });
});
