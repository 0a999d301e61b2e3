/** One bar as the fetchers return it: open time (epoch ms UTC), open, high, low, close, volume. */
export type Candle = readonly [time: number, open: number, high: number, low: number, close: number, volume: number];

/**
 * Bars from several pages (or an old file and new pages) as one ascending list without repeats;
 * for a time present twice the later source wins, since exchanges revise the last bar they sent.
 */
export function mergeCandles(...lists: readonly (readonly Candle[])[]): Candle[] {
  const byTime = new Map<number, Candle>();
  for (const list of lists) for (const candle of list) byTime.set(candle[0], candle);
  return [...byTime.values()].sort((a, b) => a[0] - b[0]);
}

/** Drops bars that have not closed by `nowMs` (the still-open last candle an exchange sends). */
export function closedCandles(candles: readonly Candle[], intervalMs: number, nowMs: number): Candle[] {
  return candles.filter((candle) => candle[0] + intervalMs <= nowMs);
}

/** Bars with open time in [fromMs, toMs). */
export function candlesWithin(candles: readonly Candle[], fromMs: number, toMs: number): Candle[] {
  return candles.filter((candle) => candle[0] >= fromMs && candle[0] < toMs);
}

