import { describe, expect, it } from 'vitest';
import { aggregateCandles } from './candles.js';

const columns = {
  open: [10, 11, 12, 13, 14, 15, 16],
  high: [10.5, 13, 12.5, 20, 14.5, 15.5, 16.5],
  low: [9, 10.5, 11.5, 12.5, 8, 14.5, 15.5],
  close: [11, 12, 13, 14, 15, 16, 17],
};

describe('aggregateCandles', () => {
  it('keeps one candle per bar when the window fits', () => {
    const candles = aggregateCandles(columns, 2, 4, 10);
    expect(candles).toEqual({
      first: [0, 1, 2, 3], last: [0, 1, 2, 3], open: [12, 13, 14, 15], high: [12.5, 20, 14.5, 15.5], low: [11.5, 12.5, 8, 14.5], close: [13, 14, 15, 16], barsPerCandle: 1,
    });
  });

  it('merges k bars to a candle: first open, highest high, lowest low, last close; the last candle may be shorter', () => {
    // 7 bars into at most 3 candles: 3 bars each, the last holds one.
    const candles = aggregateCandles(columns, 0, 7, 3);
    expect(candles).toEqual({
      first: [0, 3, 6], last: [2, 5, 6], open: [10, 13, 16], high: [13, 20, 16.5], low: [9, 8, 15.5], close: [13, 16, 17], barsPerCandle: 3,
    });
  });
});
