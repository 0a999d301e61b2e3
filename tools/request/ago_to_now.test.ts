import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf } from './test_support/spec_of.js';

describe('"1 year ago until now": a start counted back from today, run to today', () => {
  it.each([
    ['ema cross 8 and 21 on BNB for 1 year ago until now', { start: '2025-01-10', end: '2026-01-10' }],
    ['ema cross on BNB from 2 years ago until now', { start: '2024-01-10', end: '2026-01-10' }],
    ['ema cross on BNB since six months ago', { start: '2025-07-10', end: '2026-01-10' }],
    ['ema cross on BNB starting a year ago to today', { start: '2025-01-10', end: '2026-01-10' }],
    ['ema cross on BNB 3 months ago till now', { start: '2025-10-10', end: '2026-01-10' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it('must not change: "for N years ago" alone sets no window', () => {
    expect(specOf('ema cross on BNB for 2 years ago').date_range).toBeUndefined();
  });

  it('must not change: a time in a story sets no window', () => {
    const outcome = parseRequest('ema cross on BNB, i bought it 2 years ago', { today: '2026-01-10', history: [] });
    expect(outcome.ok && outcome.spec.date_range).toBeFalsy();
  });
});
