import { uninitializedFloat64Array } from '../../uninitialized_arrays.js';
import type { IndicatorStream } from '../indicator_stream.js';

/**
 * Exponential moving average with alpha = 2 / (period + 1), seeded by the simple mean of its first
 * `period` values, so the first value is at index period − 1 (the convention of technicalindicators
 * and TA-Lib; seeding with the first value instead would make early values depend on one bar).
 *
 * A leading run of NaN is taken as the input's own warm-up (the MACD line before its slow EMA
 * exists): the EMA then starts `period` values after it. Values after that run must be finite.
 */
export function computeEma(values: Float64Array, period: number): Float64Array {
  const output = uninitializedFloat64Array(values.length);
  new EmaStream(values, period).fill(output, 0, values.length);
  return output;
}

/** computeEma a block of bars at a time (see IndicatorStream). */
export class EmaStream implements IndicatorStream {
  private readonly firstValue: number;
  private readonly seedIndex: number;
  private readonly alpha: number;
  /** The EMA at the last bar filled; NaN before the seed. */
  private average = Number.NaN;

  constructor(private readonly values: Float64Array, private readonly period: number) {
    let firstValue = 0;
    while (firstValue < values.length && Number.isNaN(values[firstValue]!)) firstValue++;
    this.firstValue = firstValue;
    this.seedIndex = firstValue + period - 1;
    this.alpha = 2 / (period + 1);
  }

  fill(output: Float64Array, from: number, to: number): void {
    const { seedIndex } = this;
    let start = Math.min(to, Math.max(from, seedIndex));
    output.fill(Number.NaN, 0, start - from);
    if (start === seedIndex && start < to) {
      let seedSum = 0;
      for (let k = this.firstValue; k <= seedIndex; k++) seedSum += this.values[k]!;
      this.average = seedSum / this.period;
      output[start - from] = this.average;
      start++;
    }
    if (start < to) this.average = smooth(this.values, this.alpha, output, from, start, to, this.average);
  }
}

/**
 * The loop itself: bars [start, to) into output[start − from …], from the EMA at bar start − 1;
 * returns the EMA at bar to − 1 (a function of its arguments alone, as in sma.ts).
 */
function smooth(values: Float64Array, alpha: number, output: Float64Array, from: number, start: number, to: number, average: number): number {
  for (let t = start; t < to; t++) {
    average += (values[t]! - average) * alpha;
    output[t - from] = average;
  }
  return average;
}
