import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDonchianChannel } from '../indicators/donchian/donchian.js';
import { computeEma } from '../indicators/ema/ema.js';
import { computeMacd } from '../indicators/macd/macd.js';
import { computeMomentum } from '../indicators/momentum/momentum.js';
import { computeRsi } from '../indicators/rsi/rsi.js';
import { computeSma } from '../indicators/sma/sma.js';
import { computeBollingerBands } from '../indicators/bollinger/bollinger.js';
import { seededUniforms } from '../indicators/test_support/seeded_uniforms.js';
import { createIndicatorCache } from '../indicator_cache.js';
import { resolveStrategyParams, STRATEGIES } from '../registry.js';
import type { PriceColumns, StrategyParams } from '../types.js';

const window = fc.integer({ min: 1, max: 25 });

/** Valid parameters per strategy; invalid combinations (short ≥ long …) are filtered out. */
const PARAMS: Record<string, fc.Arbitrary<Record<string, number>>> = {
  sma_crossover: fc.record({ short: window, long: window }),
  ema_crossover: fc.record({ short: window, long: window }),
  rsi_mean_reversion: fc.record({ period: window, lower: fc.integer({ min: 1, max: 99 }), upper: fc.integer({ min: 1, max: 99 }) }),
  macd: fc.record({ fast: window, slow: window, signal: window }),
  bollinger_bands: fc.record({ period: window, std_dev: fc.double({ min: 0.25, max: 3, noNaN: true }) }),
  donchian_breakout: fc.record({ period: window, exit_period: window }),
  momentum: fc.record({ lookback: window }),
  buy_and_hold: fc.constant({}),
};

/** The indicator series each rule reads, computed independently: warm-up ends when all exist. */
const SIGNAL_INPUTS: Record<string, (bars: PriceColumns, params: StrategyParams) => Float64Array[]> = {
  sma_crossover: (bars, p) => [computeSma(bars.close, p.short!), computeSma(bars.close, p.long!)],
  ema_crossover: (bars, p) => [computeEma(bars.close, p.short!), computeEma(bars.close, p.long!)],
  rsi_mean_reversion: (bars, p) => [computeRsi(bars.close, p.period!)],
  macd: (bars, p) => {
    const lines = computeMacd(bars.close, p.fast!, p.slow!, p.signal!);
    return [lines.line, lines.signal];
  },
  bollinger_bands: (bars, p) => Object.values(computeBollingerBands(bars.close, p.period!, p.std_dev!)),
  donchian_breakout: (bars, p) => [
    ...Object.values(computeDonchianChannel(bars.high, bars.low, p.period!)),
    ...Object.values(computeDonchianChannel(bars.high, bars.low, p.exit_period!)),
  ],
  momentum: (bars, p) => [computeMomentum(bars.close, p.lookback!)],
  buy_and_hold: (bars) => [bars.close],
};

const price = fc.double({ min: 1, max: 1_000, noNaN: true });
const arbitraryBars = (minLength: number) => fc.array(fc.tuple(price, price, price), { minLength, maxLength: 90 })
  .map((rows): PriceColumns => ({
    open: Float64Array.from(rows, ([, , close]) => close),
    high: Float64Array.from(rows, ([a, b, close]) => Math.max(a, b, close)),
    low: Float64Array.from(rows, ([a, b, close]) => Math.min(a, b, close)),
    close: Float64Array.from(rows, ([, , close]) => close),
    volume: new Float64Array(rows.length).fill(1),
  }));

function validParams(id: string): fc.Arbitrary<StrategyParams> {
  return PARAMS[id]!
    .filter((params) => {
      try {
        resolveStrategyParams(id, params);
        return true;
      } catch {
        return false;
      }
    })
    .map((params) => resolveStrategyParams(id, params));
}

/** A random walk of `length` closes (highs and lows around it) from a seed: long enough to span several stream blocks. */
function randomWalkBars(seed: number, length: number): PriceColumns {
  const nextUniform = seededUniforms(seed);
  let level = 100;
  const close = Float64Array.from({ length }, () => (level *= 1 + (nextUniform() - 0.5) * 0.04));
  return {
    open: close,
    high: close.map((value) => value * (1 + nextUniform() * 0.01)),
    low: close.map((value) => value * (1 - nextUniform() * 0.01)),
    close,
    volume: new Float64Array(length).fill(1),
  };
}

function leadingNaN(series: Float64Array): number {
  let count = 0;
  while (count < series.length && Number.isNaN(series[count]!)) count++;
  return count;
}

describe.each(STRATEGIES.map((strategy) => [strategy.id, strategy] as const))('%s properties', (id, strategy) => {
  const run = (bars: PriceColumns, params: StrategyParams, allowShort: boolean) =>
    strategy.computeTargets(bars, params, { allowShort, indicators: createIndicatorCache() });

  it('has test parameters for every registered strategy', () => {
    expect(PARAMS[id]).toBeDefined();
    expect(SIGNAL_INPUTS[id]).toBeDefined();
  });

  it('gives one target per bar in {-1, 0, 1}, and never −1 without allowShort', () => {
    fc.assert(fc.property(arbitraryBars(0), validParams(id), fc.boolean(), (bars, params, allowShort) => {
      const targets = run(bars, params, allowShort);
      expect(targets).toBeInstanceOf(Int8Array);
      expect(targets.length).toBe(bars.close.length);
      for (const target of targets) expect(allowShort ? [-1, 0, 1] : [0, 1]).toContain(target);
    }));
  });

  it('does not look ahead: changing bars after t never changes the target at t', () => {
    fc.assert(fc.property(arbitraryBars(1), arbitraryBars(1), validParams(id), fc.boolean(), fc.nat(),
      (bars, otherBars, params, allowShort, cutSeed) => {
        const cut = cutSeed % bars.close.length;
        // Same bars up to and including `cut`, then a different future.
        const spliced = Object.fromEntries(Object.entries(bars).map(([column, values]) => {
          const future = otherBars[column as keyof PriceColumns];
          const joined = new Float64Array(cut + 1 + future.length);
          joined.set((values as Float64Array).subarray(0, cut + 1));
          joined.set(future, cut + 1);
          return [column, joined];
        })) as unknown as PriceColumns;
        const original = run(bars, params, allowShort).subarray(0, cut + 1);
        expect(Array.from(run(spliced, params, allowShort).subarray(0, cut + 1))).toEqual(Array.from(original));
      }));
  });

  it('gives the same targets whether its indicators are shared across runs or computed for this run alone', () => {
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 0, max: 10_000 }), validParams(id), fc.boolean(), (seed, length, params, allowShort) => {
      const bars = randomWalkBars(seed, length);
      const shared = strategy.computeTargets(bars, params, { allowShort, indicators: createIndicatorCache() });
      const lone = strategy.computeTargets(bars, params, { allowShort, indicators: createIndicatorCache({ sharedAcrossRuns: false }) });
      expect(lone).toEqual(shared);
    }), { numRuns: 30 });
  });

  it('is flat for the warm-up: every target before bar warmupBars − 1 is 0', () => {
    fc.assert(fc.property(arbitraryBars(0), validParams(id), fc.boolean(), (bars, params, allowShort) => {
      const targets = run(bars, params, allowShort);
      const warmup = Math.min(strategy.warmupBars(params) - 1, targets.length);
      for (let t = 0; t < warmup; t++) expect(targets[t]).toBe(0);
    }));
  });

  it('has warmupBars − 1 equal to the first bar at which all its signal inputs exist', () => {
    fc.assert(fc.property(arbitraryBars(60), validParams(id), (bars, params) => {
      const firstDefined = Math.max(...SIGNAL_INPUTS[id]!(bars, params).map(leadingNaN));
      expect(strategy.warmupBars(params) - 1).toBe(firstDefined);
    }));
  });
});
