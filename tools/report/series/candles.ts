/**
 * OHLC candles for display: one per bar when the window has at most `maxCandles` bars, else
 * consecutive bars merged, k to a candle (open of the first, highest high, lowest low, close of
 * the last), so a 4-year daily chart stays readable and every high and low is still drawn.
 */
export interface CandleBuckets {
  /** Index (within the window) of each candle's first and last bar. */
  first: number[];
  last: number[];
  open: number[];
  high: number[];
  low: number[];
  close: number[];
  barsPerCandle: number;
}

export function aggregateCandles(
  columns: { open: ArrayLike<number>; high: ArrayLike<number>; low: ArrayLike<number>; close: ArrayLike<number> }, from: number, length: number, maxCandles: number,
): CandleBuckets {
  const barsPerCandle = Math.max(1, Math.ceil(length / maxCandles));
  const buckets: CandleBuckets = { first: [], last: [], open: [], high: [], low: [], close: [], barsPerCandle };
  for (let start = 0; start < length; start += barsPerCandle) {
    const end = Math.min(length, start + barsPerCandle) - 1;
    let high = -Infinity;
    let low = Infinity;
    for (let bar = start; bar <= end; bar++) {
      high = Math.max(high, columns.high[from + bar]!);
      low = Math.min(low, columns.low[from + bar]!);
    }
    buckets.first.push(start);
    buckets.last.push(end);
    buckets.open.push(columns.open[from + start]!);
    buckets.high.push(high);
    buckets.low.push(low);
    buckets.close.push(columns.close[from + end]!);
  }
  return buckets;
}
