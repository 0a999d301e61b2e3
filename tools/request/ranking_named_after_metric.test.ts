import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const compared = ['compare sma and ema crossovers on QQQ 2005-2015', 'rank by calmar'];

describe('"use total return for the ranking instead": a closing word after "for the ranking" still ranks', () => {
  it.each([
    ['use total return for the ranking instead', 'total_return'],
    ['use sortino for the ranking now', 'sortino_ratio'],
    ['use calmar in the ranking please', 'calmar_ratio'],
    ['use sortino for the ranking', 'sortino_ratio'],
  ])('"%s"', (text, metric) => {
    expect(specOf(text, compared).rank_by).toBe(metric);
  });
});

describe('must not change: "for the ranking" followed by another noun ranks nothing', () => {
  it('"use total return for the ranking window"', () => {
    expect(() => specOf('use total return for the ranking window', compared)).toThrow();
  });
});
