import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('two digits glued to a month\'s name are its year ("jan21" is January 2021)', () => {
  it.each([
    ['donch 40/20 xrp frm jan21 to jun22 cap 25k slip 2bp', { start: '2021-01-01', end: '2022-06-30' }],
    ['donch xrp jan21-jun22', { start: '2021-01-01', end: '2022-06-30' }],
    ['sma btc since Dec23', { start: '2023-12-01', end: '2026-01-10' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it('with a space the number stays the day (must not change)', () => {
    expect(specOf('donch xrp from jan 21 to jun 22 2025').date_range).toEqual({ start: '2025-01-21', end: '2025-06-22' });
    expect(specOf('sma btc since dec 1 2024').date_range).toEqual({ start: '2024-12-01', end: '2026-01-10' });
  });
});
