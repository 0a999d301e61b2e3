import { isExactRecomputeBar } from '../exact_recompute.js';
import { createNanSeries } from '../nan_series.js';

/**
 * Simple moving average: the mean of the last `period` values, first value at index period − 1.
 * One pass with a rolling sum, recomputed exactly once per window (see exact_recompute.ts).
 */
export function computeSma(values: Float64Array, period: number): Float64Array {
  const output = createNanSeries(values.length, period - 1);
  let windowSum = 0;
  for (let t = period - 1; t < values.length; t++) {
    if (isExactRecomputeBar(t, period)) {
      windowSum = 0;
      for (let k = t - period + 1; k <= t; k++) windowSum += values[k]!;
    } else {
      windowSum += values[t]! - values[t - period]!;
    }
    output[t] = windowSum / period;
  }
  return output;
}
