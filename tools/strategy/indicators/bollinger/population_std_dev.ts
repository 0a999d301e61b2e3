import { nextExactRecomputeBar } from '../exact_recompute.js';
import { createNanSeries } from '../nan_series.js';

/**
 * When the rolling M2 falls below this fraction of the largest value it held since it was last
 * computed exactly, it has lost about 4 of its 16 significant digits to cancellation (a volatile
 * stretch just left the window), so it is recomputed from the window. Real prices rarely swing
 * that much within one window; a spike followed by a quiet market would otherwise show a visibly
 * wrong width, because the square root turns an absolute error e into √e.
 */
const CANCELLATION_LIMIT = 1e-4;

function sumSquaredDeviations(values: Float64Array, end: number, period: number, mean: number): number {
  let sum = 0;
  for (let k = end - period + 1; k <= end; k++) {
    const deviation = values[k]! - mean;
    sum += deviation * deviation;
  }
  return sum;
}

/**
 * Population standard deviation (divide by `period`, not period − 1) of the last `period` values,
 * given their rolling mean (the SMA of the same period; first value at index period − 1).
 *
 * One pass over a rolling sum of squared deviations M2: replacing the oldest value x_o by x_n
 * moves the mean from m to m' and M2 by (x_n − x_o)(x_n − m' + x_o − m), Welford's update for a
 * fixed window. Unlike the textbook Σx² − n·m², it never subtracts two large, nearly equal numbers
 * (prices near 60,000 with a spread of 100 would lose about 7 digits). M2 is recomputed exactly
 * once per window (see exact_recompute.ts) and after heavy cancellation (CANCELLATION_LIMIT).
 */
export function computePopulationStdDev(values: Float64Array, period: number, mean: Float64Array): Float64Array {
  const output = createNanSeries(values.length, period - 1);
  let squaredDeviations = 0;
  let largestSinceExact = 0;
  let exactBar = period - 1;
  for (let t = period - 1; t < values.length; t++) {
    let exact = t === exactBar;
    if (exact) {
      exactBar = nextExactRecomputeBar(t, period);
    } else {
      const added = values[t]!;
      const removed = values[t - period]!;
      squaredDeviations += (added - removed) * (added - mean[t]! + removed - mean[t - 1]!);
      if (squaredDeviations > largestSinceExact) largestSinceExact = squaredDeviations;
      else exact = squaredDeviations < largestSinceExact * CANCELLATION_LIMIT;
    }
    if (exact) {
      squaredDeviations = sumSquaredDeviations(values, t, period, mean[t]!);
      largestSinceExact = squaredDeviations;
    }
    output[t] = Math.sqrt(squaredDeviations / period);
  }
  return output;
}
