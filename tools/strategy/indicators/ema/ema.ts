import { createNanSeries } from '../nan_series.js';

/**
 * Exponential moving average with alpha = 2 / (period + 1), seeded by the simple mean of its first
 * `period` values, so the first value is at index period − 1 (the convention of technicalindicators
 * and TA-Lib; seeding with the first value instead would make early values depend on one bar).
 *
 * A leading run of NaN is taken as the input's own warm-up (the MACD line before its slow EMA
 * exists): the EMA then starts `period` values after it. Values after that run must be finite.
 */
export function computeEma(values: Float64Array, period: number): Float64Array {
  const length = values.length;
  let firstValue = 0;
  while (firstValue < length && Number.isNaN(values[firstValue]!)) firstValue++;
  const seedIndex = firstValue + period - 1;
  const output = createNanSeries(length, seedIndex);
  if (seedIndex >= length) return output;

  let seedSum = 0;
  for (let t = firstValue; t <= seedIndex; t++) seedSum += values[t]!;
  let average = seedSum / period;
  output[seedIndex] = average;
  const alpha = 2 / (period + 1);
  for (let t = seedIndex + 1; t < length; t++) {
    average += (values[t]! - average) * alpha;
    output[t] = average;
  }
  return output;
}
