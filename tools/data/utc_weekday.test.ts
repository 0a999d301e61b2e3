import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcWeekday } from './series_identity.js';

describe('utcWeekday: the UTC day of the week of an epoch-ms time, without a Date', () => {
  it('agrees with Date#getUTCDay on any time from 1900 to 2200, before 1970 included', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
      expect(utcWeekday(ms)).toBe(new Date(ms).getUTCDay());
    }));
  });

  it('knows the days that anchor it', () => {
    expect(utcWeekday(0)).toBe(4); // 1970-01-01, a Thursday
    expect(utcWeekday(-1)).toBe(3); // the last millisecond of Wednesday 1969-12-31
    expect(utcWeekday(Date.UTC(2024, 0, 6, 23, 59))).toBe(6); // Saturday
    expect(utcWeekday(Date.UTC(2024, 0, 7))).toBe(0); // Sunday
  });
});
