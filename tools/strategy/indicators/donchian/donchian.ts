import { computePriorWindowExtreme } from './prior_window_extreme.js';

export interface DonchianChannel {
  /** Highest high of the previous `period` bars (the current bar excluded). */
  readonly upper: Float64Array;
  /** Lowest low of the previous `period` bars (the current bar excluded). */
  readonly lower: Float64Array;
}

/**
 * Donchian channel over the PREVIOUS `period` bars, so "close above the channel" is a breakout
 * (the current bar's own high would always contain its close). First values at index `period`.
 * technicalindicators has no equivalent that excludes the current bar.
 */
export function computeDonchianChannel(high: Float64Array, low: Float64Array, period: number): DonchianChannel {
  return {
    upper: computePriorWindowExtreme(high, period, 1),
    lower: computePriorWindowExtreme(low, period, -1),
  };
}
