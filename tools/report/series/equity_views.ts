/**
 * Views of an equity curve the charts draw: the underwater curve, calendar-period returns and the
 * distribution of bar returns. They re-read the curve the engine produced; no metric is recomputed.
 */

export interface UnderwaterCurve {
  /** equity / running peak − 1 at each point (≤ 0); the initial capital is the first peak. */
  drawdown: Float64Array;
  /** Index of the deepest point and of the peak before it (-1 when the curve never fell). */
  trough: number;
  peak: number;
}

export function underwaterCurve(equity: ArrayLike<number>, initialCapital: number): UnderwaterCurve {
  const drawdown = new Float64Array(equity.length);
  let peakValue = initialCapital;
  let peakIndex = -1;
  let trough = -1;
  let troughPeak = -1;
  let deepest = 0;
  for (let index = 0; index < equity.length; index++) {
    const value = equity[index]!;
    if (value > peakValue) { peakValue = value; peakIndex = index; }
    const fall = value / peakValue - 1;
    drawdown[index] = fall;
    if (fall < deepest) { deepest = fall; trough = index; troughPeak = peakIndex; }
  }
  return { drawdown, trough, peak: trough === -1 ? -1 : Math.max(troughPeak, 0) };
}

/**
 * Returns per calendar month and year from the curve's last value in each period (the first
 * period starts from the initial capital). Times are `YYYY-MM-DD…` strings.
 */
export function periodReturns(times: readonly string[], equity: ArrayLike<number>, initialCapital: number): {
  monthly: Array<[number, number, number]>;
  yearly: Array<[number, number]>;
} {
  const monthly: Array<[number, number, number]> = [];
  const yearly: Array<[number, number]> = [];
  let monthStart = initialCapital;
  let yearStart = initialCapital;
  for (let index = 0; index < times.length; index++) {
    const time = times[index]!;
    const next = times[index + 1];
    const value = equity[index]!;
    if (next === undefined || next.slice(0, 7) !== time.slice(0, 7)) {
      monthly.push([Number(time.slice(0, 4)), Number(time.slice(5, 7)), value / monthStart - 1]);
      monthStart = value;
    }
    if (next === undefined || next.slice(0, 4) !== time.slice(0, 4)) {
      yearly.push([Number(time.slice(0, 4)), value / yearStart - 1]);
      yearStart = value;
    }
  }
  return { monthly, yearly };
}

/** Histogram of bar-to-bar returns in `bins` equal-width bins between the smallest and largest. */
export function returnHistogram(equity: ArrayLike<number>, initialCapital: number, bins = 40): { edges: number[]; width: number; counts: number[] } {
  if (equity.length === 0) return { edges: [], width: 0, counts: [] };
  const returns = new Float64Array(equity.length);
  let previous = initialCapital;
  let low = Infinity;
  let high = -Infinity;
  for (let index = 0; index < equity.length; index++) {
    const value = equity[index]!;
    const change = previous === 0 ? 0 : value / previous - 1;
    returns[index] = change;
    if (change < low) low = change;
    if (change > high) high = change;
    previous = value;
  }
  const width = high > low ? (high - low) / bins : 1;
  const counts = new Array<number>(high > low ? bins : 1).fill(0);
  for (const change of returns) counts[Math.min(counts.length - 1, Math.floor((change - low) / width))]!++;
  return { edges: counts.map((_, index) => low + index * width), width, counts };
}
