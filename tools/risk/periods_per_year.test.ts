import { describe, expect, it } from 'vitest';
import { periodsPerYear } from './periods_per_year.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('periodsPerYear', () => {
  it.each([
    // crypto trades 365 days × 24 hours
    ['crypto', '1d', DAY, 365],
    ['crypto', '4h', 4 * HOUR, 365 * 6], // 2190
    ['crypto', '1h', HOUR, 8760], // 365 × 24
    ['crypto', '15m', 15 * MINUTE, 35_040], // 8760 × 4
    ['crypto', '1m', MINUTE, 525_600], // 8760 × 60
    ['crypto', '1w', 7 * DAY, 52],
    ['crypto', '1M (30 days)', 30 * DAY, 12],
    // equities: 252 sessions of 6.5 hours
    ['equity', '1d', DAY, 252],
    ['equity', '1h', HOUR, 1638], // 252 × 6.5
    ['equity', '30m', 30 * MINUTE, 3276], // 252 × 13
    ['equity', '15m', 15 * MINUTE, 6552], // 252 × 26
    ['equity', '4h', 4 * HOUR, 409.5], // 252 × 6.5 / 4
    ['equity', '8h (longer than a session: one bar per session)', 8 * HOUR, 252],
    ['equity', '1w', 7 * DAY, 52],
    ['equity', '1M (31 days)', 31 * DAY, 12],
    ['equity', '1M (28 days)', 28 * DAY, 12],
  ] as const)('%s %s → %d', (assetClass, _label, intervalMs, expected) => {
    expect(periodsPerYear({ intervalMs, assetClass })).toBeCloseTo(expected, 9);
  });

  it('scales multi-day bars: 2-day crypto 182.5, 2-day equity 126', () => {
    expect(periodsPerYear({ intervalMs: 2 * DAY, assetClass: 'crypto' })).toBe(182.5);
    expect(periodsPerYear({ intervalMs: 2 * DAY, assetClass: 'equity' })).toBe(126);
  });

  it('scales bars longer than a week by calendar time: two weeks ≈ 26.09 (365.25 / 14)', () => {
    expect(periodsPerYear({ intervalMs: 14 * DAY, assetClass: 'crypto' })).toBeCloseTo(365.25 / 14, 12);
  });

  it.each([0, -HOUR, Number.NaN, Number.POSITIVE_INFINITY])('rejects interval %d ms with invalid_argument', (intervalMs) => {
    expect(() => periodsPerYear({ intervalMs, assetClass: 'crypto' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
