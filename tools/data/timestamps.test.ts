import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalFromMs, medianSpacingMs, parseInterval } from './intervals.js';
import { formatBarTime, parseIsoDate, parseTimestamp } from './timestamps.js';

const JAN_1_2024 = 1_704_067_200_000; // 2024-01-01T00:00:00Z, from `date -u -d 2024-01-01 +%s` × 1000

describe('parseTimestamp', () => {
  it.each([
    ['2024-01-01', JAN_1_2024],
    ['2024-01-01T00:00:00Z', JAN_1_2024],
    ['2024-01-01 01:00:00', JAN_1_2024 + 3_600_000],
    ['2024-01-01 01:00:00+0000', JAN_1_2024 + 3_600_000],
    ['2024-01-01T02:30:00+01:30', JAN_1_2024 + 3_600_000],
    ['2024-01-01T00:00:00.250Z', JAN_1_2024 + 250],
    ['1704067200', JAN_1_2024],
    ['1704067200000', JAN_1_2024],
    ['1704067200000000', JAN_1_2024],
    ['1704067200000000000', JAN_1_2024],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it.each([
    '2023-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-01T24:00:00Z', '2024-01-01T23:60:00Z',
    '2024-01-01T23:59:60Z', '0050-01-01', '20240101', 'yesterday', '', '-1704067200', '0x65920080',
  ])('rejects %j', (text) => {
    expect(parseTimestamp(text)).toBeNaN();
  });

  it('reads every real date and time of day as Date.parse does', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
      const text = date.toISOString().slice(0, 19);
      expect(parseTimestamp(`${text}Z`)).toBe(Date.parse(`${text}Z`));
      expect(parseTimestamp(text.slice(0, 10))).toBe(Date.parse(`${text.slice(0, 10)}T00:00:00Z`));
    }));
  });

  it('reads any epoch in seconds, ms or µs as the same instant (1973 to 2286)', () => {
    fc.assert(fc.property(fc.integer({ min: 100_000_000, max: 9_999_999_999 }), (seconds) => {
      expect(parseTimestamp(String(seconds))).toBe(seconds * 1000);
      expect(parseTimestamp(String(seconds * 1000))).toBe(seconds * 1000);
      expect(parseTimestamp(`${seconds}000000`)).toBe(seconds * 1000);
    }));
  });

  it('round-trips the ISO text it formats', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), (seconds) => {
      const ms = seconds * 1000;
      expect(parseTimestamp(formatBarTime(ms, 3_600_000))).toBe(ms);
      expect(parseTimestamp(formatBarTime(ms, 86_400_000))).toBe(ms - (ms % 86_400_000));
    }));
  });
});

describe('parseIsoDate', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2024-01-01')).toBe(JAN_1_2024);
    expect(() => parseIsoDate('2024-01-01T00:00:00Z', 'start')).toThrow(/start .* is not a valid date/);
    expect(() => parseIsoDate('2024-02-30')).toThrow(/YYYY-MM-DD/);
  });
});

describe('intervals', () => {
  it('spells intervals one way and knows their length', () => {
    expect(parseInterval('1D')).toEqual({ interval: '1d', intervalMs: 86_400_000 });
    expect(parseInterval(' 4h ')).toEqual({ interval: '4h', intervalMs: 14_400_000 });
    expect(parseInterval('15m')).toEqual({ interval: '15m', intervalMs: 900_000 });
    expect(() => parseInterval('1 month')).toThrow(/use a number and a unit/);
    expect(() => parseInterval('0d')).toThrow();
  });

  it('names a spacing in its largest whole unit', () => {
    expect([604_800_000, 86_400_000, 3_600_000 * 4, 3_600_000, 900_000, 1000].map(intervalFromMs)).toEqual(['1w', '1d', '4h', '1h', '15m', '1s']);
    expect(intervalFromMs(2 * 86_400_000)).toBe('2d');
  });

  it('names what parseInterval reads back', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('s', 'm', 'h', 'd', 'w'), (count, unit) => {
      const { intervalMs } = parseInterval(`${count}${unit}`);
      expect(parseInterval(intervalFromMs(intervalMs)).intervalMs).toBe(intervalMs);
    }));
  });

  it('takes the median spacing, so weekends and holidays do not change a daily interval', () => {
    const day = 86_400_000;
    // Mon..Fri, Mon..Fri with a holiday: spacings 1,1,1,1,3,1,2,1 days.
    const offsets = [0, 1, 2, 3, 4, 7, 8, 10, 11];
    expect(medianSpacingMs(Float64Array.from(offsets, (offset) => offset * day))).toBe(day);
  });
});
