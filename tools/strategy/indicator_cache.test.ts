import { describe, expect, it } from 'vitest';
import { createIndicatorCache } from './indicator_cache.js';
import { getStrategy, resolveStrategyParams } from './registry.js';
import type { IndicatorCache } from './types.js';

/** A cache that also records which keys had to be computed. */
function countingCache(): { cache: IndicatorCache; computedKeys: string[] } {
  const inner = createIndicatorCache();
  const computedKeys: string[] = [];
  const cache: IndicatorCache = {
    sharedAcrossRuns: true,
    get: (key, compute) => inner.get(key, () => {
      computedKeys.push(key);
      return compute();
    }),
  };
  return { cache, computedKeys };
}

describe('createIndicatorCache', () => {
  it('computes each key once and returns the same series afterwards', () => {
    const cache = createIndicatorCache();
    let calls = 0;
    const compute = () => {
      calls++;
      return Float64Array.of(calls);
    };
    const first = cache.get('sma:close:20', compute);
    expect(cache.get('sma:close:20', compute)).toBe(first);
    expect(calls).toBe(1);
    expect(cache.get('sma:close:50', compute)).not.toBe(first);
    expect(calls).toBe(2);
  });

  it('lets a parameter grid and different strategies share indicators', () => {
    const close = Float64Array.from({ length: 120 }, (_, t) => 100 + Math.sin(t / 5) * 10);
    const bars = { open: close, high: close, low: close, close, volume: close };
    const { cache, computedKeys } = countingCache();
    const run = (id: string, params: Record<string, number>) =>
      getStrategy(id).computeTargets(bars, resolveStrategyParams(id, params), { allowShort: false, indicators: cache });
    for (const long of [30, 40, 50]) run('sma_crossover', { short: 20, long });
    run('bollinger_bands', { period: 20, std_dev: 2 });
    run('bollinger_bands', { period: 20, std_dev: 2.5 });
    expect(computedKeys.sort()).toEqual([
      'population_std_dev:close:20', 'sma:close:20', 'sma:close:30', 'sma:close:40', 'sma:close:50',
    ]);
  });

  it('gives the same targets with a shared cache as with a fresh one', () => {
    const close = Float64Array.from({ length: 200 }, (_, t) => 50 + ((t * 37) % 23) + t / 10);
    const bars = { open: close, high: close.map((c) => c + 1), low: close.map((c) => c - 1), close, volume: close };
    const shared = createIndicatorCache();
    for (const [id, params] of [['macd', { fast: 5, slow: 12, signal: 4 }], ['ema_crossover', { short: 5, long: 12 }],
      ['donchian_breakout', { period: 10, exit_period: 5 }], ['donchian_breakout', { period: 5, exit_period: 10 }]] as const) {
      const strategy = getStrategy(id);
      const resolved = resolveStrategyParams(id, params);
      const withShared = strategy.computeTargets(bars, resolved, { allowShort: true, indicators: shared });
      const withFresh = strategy.computeTargets(bars, resolved, { allowShort: true, indicators: createIndicatorCache() });
      expect(Array.from(withShared)).toEqual(Array.from(withFresh));
    }
  });
});
