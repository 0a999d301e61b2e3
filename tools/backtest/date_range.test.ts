import { describe, expect, it } from 'vitest';
import { isBacktestPilotError } from '../errors.js';
import { findRangeIndices } from './date_range.js';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
// Ten consecutive daily bars, 2021-01-01 .. 2021-01-10.
const daily = Float64Array.from({ length: 10 }, (_, index) => day('2021-01-01') + index * DAY);

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return isBacktestPilotError(error) ? error.code : 'not a BacktestPilotError';
  }
  return undefined;
}

describe('findRangeIndices', () => {
  it('includes both end days', () => {
    expect(findRangeIndices(daily, { start: '2021-01-03', end: '2021-01-05' })).toEqual({ startIndex: 2, endIndex: 4, clipped: false });
  });

  it('uses the whole series when no range is given', () => {
    expect(findRangeIndices(daily, undefined)).toEqual({ startIndex: 0, endIndex: 9, clipped: false });
  });

  it('clips to the data and says so when the window only partly overlaps', () => {
    expect(findRangeIndices(daily, { start: '2020-06-01', end: '2021-01-04' })).toEqual({ startIndex: 0, endIndex: 3, clipped: true });
    expect(findRangeIndices(daily, { start: '2021-01-08', end: '2021-12-31' })).toEqual({ startIndex: 7, endIndex: 9, clipped: true });
  });

  it('does not call a weekend at the edge missing data', () => {
    // Requested from Friday 2021-01-01 on a file starting Monday 2021-01-04: not clipped.
    const equity = Float64Array.from([day('2021-01-04'), day('2021-01-05')]);
    expect(findRangeIndices(equity, { start: '2021-01-01', end: '2021-01-05' }).clipped).toBe(false);
  });

  it('finds intraday bars of the end day up to its last hour', () => {
    const hourly = Float64Array.from({ length: 72 }, (_, index) => day('2024-01-01') + index * 3_600_000);
    expect(findRangeIndices(hourly, { start: '2024-01-02', end: '2024-01-02' }, 3_600_000)).toEqual({ startIndex: 24, endIndex: 47, clipped: false });
  });

  it('rejects an end before the start, a window with no data, and impossible dates', () => {
    expect(codeOf(() => findRangeIndices(daily, { start: '2021-01-05', end: '2021-01-04' }))).toBe('end_before_start');
    expect(codeOf(() => findRangeIndices(daily, { start: '2022-01-01', end: '2022-02-01' }))).toBe('out_of_data_range');
    expect(codeOf(() => findRangeIndices(daily, { start: '2021-02-30' }))).toBe('bad_date');
    expect(codeOf(() => findRangeIndices(daily, { start: '01/02/2021' }))).toBe('bad_date');
  });

  it('says what the data covers when the window misses it', () => {
    try {
      findRangeIndices(daily, { start: '2019-01-01', end: '2019-12-31' });
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).toContain('2021-01-01 to 2021-01-10');
    }
  });
});
