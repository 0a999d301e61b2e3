import { createNanSeries } from '../nan_series.js';

/**
 * Momentum as a fractional return over `lookback` bars: value_t / value_(t−lookback) − 1 (0.25 is
 * +25 %). First value at index `lookback`. technicalindicators' ROC is the same in percent, computed
 * as (a − b) / b × 100, which rounds differently.
 */
export function computeMomentum(values: Float64Array, lookback: number): Float64Array {
  const output = createNanSeries(values.length, lookback);
  for (let t = lookback; t < values.length; t++) output[t] = values[t]! / values[t - lookback]! - 1;
  return output;
}
