import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf } from './test_support/spec_of.js';

describe('"2001 and 2011 years between": "between" after its two ends is one range', () => {
  it.each([
    ['SPY and QQQ for golden cross strategy test I want, 2001 and 2011 years between.', { start: '2001-01-01', end: '2011-12-31' }],
    ['golden cross on SPY, 2001 and 2011 between', { start: '2001-01-01', end: '2011-12-31' }],
    ['golden cross on SPY, 2015 and 2020 year between please', { start: '2015-01-01', end: '2020-12-31' }],
    ['golden cross on SPY, March 2020 and June 2021 between', { start: '2020-03-01', end: '2021-06-30' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});

describe('must not change', () => {
  it('"2001 and 2011" with no "between" stays two periods', () => {
    const outcome = parseRequest('golden cross on SPY, 2001 and 2011', { today: '2026-01-10' });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
  });

  it('"between 2001 and 2011 years" is read as before', () => {
    expect(specOf('golden cross on SPY, between 2001 and 2011 years').date_range).toEqual({ start: '2001-01-01', end: '2011-12-31' });
  });
});

describe('"Short position also open please": the object first, as the same writers put it, lets the run short', () => {
  it.each([
    'Hocam, SPY and QQQ for golden cross strategy test I want, 2001 and 2011 years between. Short position also open please.',
    'golden cross on SPY 2020, short positions also opened',
  ])('"%s"', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });

  it('"how many short positions are open" lets nothing', () => {
    expect(specOf('golden cross on SPY 2020, how many short positions are open').allow_short).toBeUndefined();
  });
});
