import { createIndicatorCache } from '../../indicator_cache.js';
import { resolveStrategyParams } from '../../registry.js';
import type { PriceColumns, StrategyDefinition } from '../../types.js';

/** Bars from closes alone (open = high = low = close) or with explicit highs and lows. */
export function barsFrom(close: readonly number[], high: readonly number[] = close, low: readonly number[] = close): PriceColumns {
  return {
    open: Float64Array.from(close),
    high: Float64Array.from(high),
    low: Float64Array.from(low),
    close: Float64Array.from(close),
    volume: new Float64Array(close.length).fill(1),
  };
}

/** Targets as a plain array, params validated by the registry like every real caller does. */
export function targetsOf(
  strategy: StrategyDefinition,
  bars: PriceColumns,
  params: Record<string, unknown>,
  allowShort: boolean,
): number[] {
  const resolved = resolveStrategyParams(strategy.id, params);
  return Array.from(strategy.computeTargets(bars, resolved, { allowShort, indicators: createIndicatorCache() }));
}
