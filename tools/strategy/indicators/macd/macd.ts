import { computeEma } from '../ema/ema.js';

export interface MacdSeries {
  /** EMA(fast) − EMA(slow); first value at index max(fast, slow) − 1. */
  readonly line: Float64Array;
  /** EMA(signal) of the line, seeded by the mean of its first `signal` values. */
  readonly signal: Float64Array;
  /** line − signal; first value where the signal's is. */
  readonly histogram: Float64Array;
}

/**
 * MACD from two already computed EMAs of the same series, so a parameter grid can pass cached
 * EMAs instead of recomputing them per candidate.
 */
export function computeMacdFromEmas(fastEma: Float64Array, slowEma: Float64Array, signalPeriod: number): MacdSeries {
  const length = fastEma.length;
  // NaN − x is NaN, so the warm-up of either EMA carries through without a branch.
  const line = new Float64Array(length);
  for (let t = 0; t < length; t++) line[t] = fastEma[t]! - slowEma[t]!;
  const signal = computeEma(line, signalPeriod);
  const histogram = new Float64Array(length);
  for (let t = 0; t < length; t++) histogram[t] = line[t]! - signal[t]!;
  return { line, signal, histogram };
}

/**
 * Moving average convergence divergence on SMA-seeded EMAs: line = EMA(fast) − EMA(slow), signal =
 * EMA(signal) of the line, histogram = line − signal. The signal's first value is at index
 * slow + signal − 2 when fast < slow. Same definition as technicalindicators' MACD with
 * `SimpleMAOscillator: false, SimpleMASignal: false` (its defaults when called with a plain object),
 * except where a value is exactly 0: technicalindicators then treats the EMA seed (`if (prevEma)`)
 * or the signal (`signal ? … : undefined`) as missing; here 0 is a value like any other.
 */
export function computeMacd(values: Float64Array, fastPeriod: number, slowPeriod: number, signalPeriod: number): MacdSeries {
  return computeMacdFromEmas(computeEma(values, fastPeriod), computeEma(values, slowPeriod), signalPeriod);
}
