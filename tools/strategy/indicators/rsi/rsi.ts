import { createNanSeries } from '../nan_series.js';

/** RSI from Wilder's averages; a flat window (no gains, no losses) is neutral, 50. */
function rsiFromAverages(averageGain: number, averageLoss: number): number {
  if (averageLoss === 0) return averageGain === 0 ? 50 : 100;
  return 100 - 100 / (1 + averageGain / averageLoss);
}

/**
 * Relative strength index with Wilder's smoothing: the first average gain (loss) is the simple mean
 * of the first `period` gains (losses), then average = (previous · (period − 1) + current) / period.
 * First value at index `period` (it needs period changes, hence period + 1 closes).
 * RSI is 100 when the average loss is 0 and the average gain positive, and 50 when both are 0
 * (technicalindicators says 100 there too; a market that did not move is neither overbought nor
 * oversold, so neutral keeps mean-reversion rules from trading on it).
 */
export function computeRsi(values: Float64Array, period: number): Float64Array {
  const length = values.length;
  const output = createNanSeries(length, period);
  if (length <= period) return output;

  let averageGain = 0;
  let averageLoss = 0;
  for (let t = 1; t <= period; t++) {
    const change = values[t]! - values[t - 1]!;
    if (change > 0) averageGain += change;
    else averageLoss -= change;
  }
  averageGain /= period;
  averageLoss /= period;
  output[period] = rsiFromAverages(averageGain, averageLoss);

  for (let t = period + 1; t < length; t++) {
    const change = values[t]! - values[t - 1]!;
    averageGain = (averageGain * (period - 1) + (change > 0 ? change : 0)) / period;
    averageLoss = (averageLoss * (period - 1) + (change < 0 ? -change : 0)) / period;
    output[t] = rsiFromAverages(averageGain, averageLoss);
  }
  return output;
}
