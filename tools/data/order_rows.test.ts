import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderRows, type OhlcvColumns } from './order_rows.js';

/** Rows where every value encodes its file position, so a kept row can be traced back. */
function columnsFrom(times: number[]): OhlcvColumns {
  const position = Float64Array.from(times, (_, index) => index);
  return { time: Float64Array.from(times), open: position, high: position, low: position, close: position, volume: position };
}

describe('orderRows', () => {
  it('reverses a newest-first file without calling it unsorted', () => {
    const ordered = orderRows(columnsFrom([30, 20, 10]));
    expect([...ordered.columns.time]).toEqual([10, 20, 30]);
    expect([...ordered.columns.close]).toEqual([2, 1, 0]);
    expect(ordered).toMatchObject({ duplicateTimes: [], unsortedTimes: [] });
  });

  it('reports a row written after a later bar, and a repeated time once, keeping its first row', () => {
    const ordered = orderRows(columnsFrom([10, 20, 40, 30, 40, 40, 50]));
    expect([...ordered.columns.time]).toEqual([10, 20, 30, 40, 50]);
    expect([...ordered.columns.close]).toEqual([0, 1, 3, 2, 6]);
    expect(ordered).toMatchObject({ duplicateTimes: [40], unsortedTimes: [30] });
  });

  it('returns strictly increasing unique times, each carried by its first row in the file', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 80 }), (times) => {
      const { columns, duplicateTimes } = orderRows(columnsFrom(times));
      const unique = [...new Set(times)].sort((a, b) => a - b);
      expect([...columns.time]).toEqual(unique);
      expect([...columns.close]).toEqual(unique.map((time) => times.indexOf(time)));
      expect(duplicateTimes.sort((a, b) => a - b)).toEqual(unique.filter((time) => times.indexOf(time) !== times.lastIndexOf(time)));
    }));
  });

  it('reports nothing for rows already in order', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer(), { minLength: 1 }), (values) => {
      const ordered = orderRows(columnsFrom(values.sort((a, b) => a - b)));
      expect(ordered).toMatchObject({ duplicateTimes: [], unsortedTimes: [] });
    }));
  });
});
