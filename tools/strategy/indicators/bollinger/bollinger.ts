import { computeSma } from '../sma/sma.js';
import { computePopulationStdDev } from './population_std_dev.js';

export interface BollingerBands {
  readonly middle: Float64Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
}

/** middle ± multiplier × standard deviation, from parts a parameter grid may have cached. */
export function computeBandsAroundMiddle(
  middle: Float64Array,
  stdDev: Float64Array,
  stdDevMultiplier: number,
): BollingerBands {
  const length = middle.length;
  // Every bar is written, and NaN in either input (warm-up) carries through the arithmetic.
  const upper = new Float64Array(length);
  const lower = new Float64Array(length);
  for (let t = 0; t < length; t++) {
    const width = stdDevMultiplier * stdDev[t]!;
    upper[t] = middle[t]! + width;
    lower[t] = middle[t]! - width;
  }
  return { middle, upper, lower };
}

/**
 * Bollinger bands: middle = SMA(period), bands = middle ± multiplier × POPULATION standard
 * deviation over the same window (as Bollinger defined them and technicalindicators computes
 * them). First values at index period − 1.
 */
export function computeBollingerBands(values: Float64Array, period: number, stdDevMultiplier: number): BollingerBands {
  const middle = computeSma(values, period);
  return computeBandsAroundMiddle(middle, computePopulationStdDev(values, period, middle), stdDevMultiplier);
}
