import type { IndicatorCache } from './types.js';

/**
 * A memo of indicator series for ONE price series: a parameter grid that asks for SMA(20) in
 * every candidate computes it once. Keys name the indicator and its arguments but not the series
 * (`sma:close:20`), so a cache must never be shared between series. The cached arrays are shared
 * by every strategy that asks; callers read them and never write to them. `sharedAcrossRuns: false`
 * marks a lone backtest's own cache (see IndicatorCache.sharedAcrossRuns).
 */
export function createIndicatorCache({ sharedAcrossRuns = true } = {}): IndicatorCache {
  const computed = new Map<string, Float64Array>();
  return {
    sharedAcrossRuns,
    get(key: string, compute: () => Float64Array): Float64Array {
      let series = computed.get(key);
      if (series === undefined) {
        series = compute();
        computed.set(key, series);
      }
      return series;
    },
  };
}
