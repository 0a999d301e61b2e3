import { describe, expect, it } from 'vitest';
import { stitchSegments } from './stitch_equity.js';

describe('stitchSegments', () => {
  it('carries the capital from one test window to the next, worked by hand', () => {
    // Window 1: 10,000 → 11,000 (+10 %). Window 2 from 10,000: 9,000 then 9,900 (−1 % overall), scaled by
    // 11,000 / 10,000 = 1.1: 9,900 then 10,890. A trade of +1,000 in window 2 becomes +1,100.
    const stitched = stitchSegments([
      { equity: Float64Array.of(10_000, 11_000), position: Int8Array.of(0, 1), trades: [{ pnl: 1_000 }] },
      { equity: Float64Array.of(9_000, 9_900), position: Int8Array.of(1, 0), trades: [{ pnl: 1_000 }] },
    ], 10_000);
    expect(Array.from(stitched.equity)).toEqual([10_000, 11_000, 9_900, 10_890]);
    expect(Array.from(stitched.position)).toEqual([0, 1, 1, 0]);
    expect(stitched.trades.map((trade) => trade.pnl)).toEqual([1_000, 1_100]);
  });
});
