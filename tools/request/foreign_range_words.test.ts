import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf } from './test_support/spec_of.js';

describe('two dates joined by a known "to" of another language are one range', () => {
  it.each([
    ['rsi on ADA, periode 2022 sampai 2024', '2022-01-01', '2024-12-31'],
    ['rsi on ADA, 2022 hingga 2024', '2022-01-01', '2024-12-31'],
    ['macd on GLD vanaf 2012 tot en met 2019', '2012-01-01', '2019-12-31'],
    ['macd on GLD vanaf 2012 tot 2019', '2012-01-01', '2019-12-31'],
    ['macd on GLD desde 2015 hasta 2018', '2015-01-01', '2018-12-31'],
    ['macd on GLD desde 2015 até 2018', '2015-01-01', '2018-12-31'],
    ['buy and hold BTC kuanzia 2019 hadi 2024', '2019-01-01', '2024-12-31'],
    ['sma on BTC 2022 bis 2024', '2022-01-01', '2024-12-31'],
  ])('"%s"', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('a known "from" alone opens the range to today', () => {
    expect(specOf('macd on GLD desde 2020').date_range).toEqual({ start: '2020-01-01', end: '2026-01-10' });
  });
});

describe('must not change', () => {
  it('an unknown word between two years is no range', () => {
    const outcome = parseRequest('macd on GLD 2019 foo 2021', { today: '2026-01-10' });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
  });

  it('"ate" (Portuguese "até" without its accent) links two dates but ends none alone', () => {
    expect(specOf('macd on GLD, ate 2021').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});
