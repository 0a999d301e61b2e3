import { describe, expect, it } from 'vitest';
import { chooseFileForRange } from './choose_file.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const file = (name: string, first: string, last: string, bars = 100) => ({ file: name, first: day(first), last: day(last), bars });

describe('chooseFileForRange', () => {
  const early = file('early.csv', '2017-01-01', '2020-12-31');
  const late = file('late.csv', '2019-01-01', '2025-12-31');

  it('uses the file that covers the window', () => {
    expect(chooseFileForRange([early, late], { start: '2017-06-01', end: '2018-06-01' })).toBe(early);
    expect(chooseFileForRange([early, late], { start: '2021-01-01', end: '2025-12-31' })).toBe(late);
  });

  it('counts the first and last bar days as covered, even for intraday bars later that day', () => {
    const hourly = { ...file('hourly.csv', '2024-01-01', '2024-03-31'), last: day('2024-03-31') + 23 * 3_600_000 };
    expect(chooseFileForRange([early, hourly], { start: '2024-01-01', end: '2024-03-31' })).toBe(hourly);
  });

  it('prefers the longer history when both cover, then more bars, then the file name', () => {
    expect(chooseFileForRange([early, late], { start: '2019-06-01', end: '2020-06-01' })).toBe(late);
    const twin = { ...late, file: 'a-twin.csv' };
    expect(chooseFileForRange([late, twin], { start: '2020-01-01' })).toBe(twin);
    const denser = { ...late, file: 'z-denser.csv', bars: 200 };
    expect(chooseFileForRange([late, twin, denser], {})).toBe(denser);
  });

  it('takes the largest overlap when none covers the window', () => {
    // Window 2016..2021: early overlaps 4 years, late 3.
    expect(chooseFileForRange([late, early], { start: '2016-01-01', end: '2021-12-31' })).toBe(early);
    // Window 2018..2026: early overlaps 3 years, late 7.
    expect(chooseFileForRange([early, late], { start: '2018-01-01', end: '2026-12-31' })).toBe(late);
  });

  it('treats an open end as covered, so no window picks the longest history', () => {
    expect(chooseFileForRange([early, late])).toBe(late);
    expect(chooseFileForRange([early, late], { end: '2018-01-01' })).toBe(early);
  });

  it('rejects an end before the start and malformed dates', () => {
    expect(() => chooseFileForRange([early], { start: '2020-01-02', end: '2020-01-01' })).toThrow(/end 2020-01-01 is before start/);
    expect(() => chooseFileForRange([early], { start: '01/02/2020' })).toThrow(/YYYY-MM-DD/);
  });
});
