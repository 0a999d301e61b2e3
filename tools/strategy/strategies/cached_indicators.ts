import { computePopulationStdDev } from '../indicators/bollinger/population_std_dev.js';
import { computePriorWindowExtreme } from '../indicators/donchian/prior_window_extreme.js';
import { computeEma } from '../indicators/ema/ema.js';
import { computeMomentum } from '../indicators/momentum/momentum.js';
import { computeRsi } from '../indicators/rsi/rsi.js';
import { computeSma } from '../indicators/sma/sma.js';
import type { IndicatorCache, PriceColumns } from '../types.js';

// The one place that names cache keys: two strategies asking for SMA(20) must use the same key.

export function cachedSma(bars: PriceColumns, period: number, cache: IndicatorCache): Float64Array {
  return cache.get(`sma:close:${period}`, () => computeSma(bars.close, period));
}

export function cachedEma(bars: PriceColumns, period: number, cache: IndicatorCache): Float64Array {
  return cache.get(`ema:close:${period}`, () => computeEma(bars.close, period));
}

export function cachedRsi(bars: PriceColumns, period: number, cache: IndicatorCache): Float64Array {
  return cache.get(`rsi:close:${period}`, () => computeRsi(bars.close, period));
}

export function cachedPopulationStdDev(bars: PriceColumns, period: number, cache: IndicatorCache): Float64Array {
  return cache.get(`population_std_dev:close:${period}`, () =>
    computePopulationStdDev(bars.close, period, cachedSma(bars, period, cache)));
}

export function cachedMomentum(bars: PriceColumns, lookback: number, cache: IndicatorCache): Float64Array {
  return cache.get(`momentum:close:${lookback}`, () => computeMomentum(bars.close, lookback));
}

/** Highest high of the `period` bars before each bar (the upper Donchian channel). */
export function cachedPriorHigh(bars: PriceColumns, period: number, cache: IndicatorCache): Float64Array {
  return cache.get(`prior_high:high:${period}`, () => computePriorWindowExtreme(bars.high, period, 1));
}

/** Lowest low of the `period` bars before each bar (the lower Donchian channel). */
export function cachedPriorLow(bars: PriceColumns, period: number, cache: IndicatorCache): Float64Array {
  return cache.get(`prior_low:low:${period}`, () => computePriorWindowExtreme(bars.low, period, -1));
}
