import { nextExactRecomputeBar } from '../exact_recompute.js';
import { createNanSeries } from '../nan_series.js';

/**
 * Simple moving average: the mean of the last `period` values, first value at index period − 1.
 * One pass with a rolling sum, recomputed exactly once per window (see exact_recompute.ts).
 */
export function computeSma(values: Float64Array, period: number): Float64Array {
  const output = createNanSeries(values.length, period - 1);
  for (let stretchStart = period - 1; stretchStart < values.length; stretchStart = nextExactRecomputeBar(stretchStart, period)) {
    let windowSum = 0;
    for (let k = stretchStart - period + 1; k <= stretchStart; k++) windowSum += values[k]!;
    output[stretchStart] = windowSum / period;
    const stretchEnd = Math.min(values.length, nextExactRecomputeBar(stretchStart, period));
    for (let t = stretchStart + 1; t < stretchEnd; t++) {
      windowSum += values[t]! - values[t - period]!;
      output[t] = windowSum / period;
    }
  }
  return output;
}
