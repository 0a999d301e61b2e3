import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBollingerBands } from './bollinger/bollinger.js';
import { computeDonchianChannel } from './donchian/donchian.js';
import { computeEma } from './ema/ema.js';
import { computeMacd } from './macd/macd.js';
import { computeMomentum } from './momentum/momentum.js';
import { computeRsi } from './rsi/rsi.js';
import { computeSma } from './sma/sma.js';
import { countLeadingNaN } from './test_support/expect_series.js';
import type { MarketColumns } from './test_support/market_columns.js';
import { measureSteadyStateAllocation } from './test_support/sampled_allocation.js';

/** One output series of one indicator, with its warm-up worked out from the definition. */
interface IndicatorOutput {
  name: string;
  /** Leading NaN bars: the index of the first value. */
  warmup: number;
  compute(columns: MarketColumns): Float64Array;
}

const OUTPUTS: IndicatorOutput[] = [
  { name: 'sma(1)', warmup: 0, compute: (c) => computeSma(c.close, 1) },
  { name: 'sma(5)', warmup: 4, compute: (c) => computeSma(c.close, 5) },
  { name: 'ema(1)', warmup: 0, compute: (c) => computeEma(c.close, 1) },
  { name: 'ema(7)', warmup: 6, compute: (c) => computeEma(c.close, 7) },
  { name: 'rsi(1)', warmup: 1, compute: (c) => computeRsi(c.close, 1) },
  { name: 'rsi(14)', warmup: 14, compute: (c) => computeRsi(c.close, 14) },
  { name: 'macd(3,7,4).line', warmup: 6, compute: (c) => computeMacd(c.close, 3, 7, 4).line },
  { name: 'macd(3,7,4).signal', warmup: 9, compute: (c) => computeMacd(c.close, 3, 7, 4).signal },
  { name: 'macd(3,7,4).histogram', warmup: 9, compute: (c) => computeMacd(c.close, 3, 7, 4).histogram },
  { name: 'bollinger(5,2).middle', warmup: 4, compute: (c) => computeBollingerBands(c.close, 5, 2).middle },
  { name: 'bollinger(5,2).upper', warmup: 4, compute: (c) => computeBollingerBands(c.close, 5, 2).upper },
  { name: 'bollinger(5,2).lower', warmup: 4, compute: (c) => computeBollingerBands(c.close, 5, 2).lower },
  { name: 'donchian(1).upper', warmup: 1, compute: (c) => computeDonchianChannel(c.high, c.low, 1).upper },
  { name: 'donchian(4).upper', warmup: 4, compute: (c) => computeDonchianChannel(c.high, c.low, 4).upper },
  { name: 'donchian(4).lower', warmup: 4, compute: (c) => computeDonchianChannel(c.high, c.low, 4).lower },
  { name: 'momentum(1)', warmup: 1, compute: (c) => computeMomentum(c.close, 1) },
  { name: 'momentum(6)', warmup: 6, compute: (c) => computeMomentum(c.close, 6) },
];

const price = fc.double({ min: 0.01, max: 100_000, noNaN: true });
const arbitraryColumns = fc.array(fc.tuple(price, price, price), { maxLength: 80 }).map((rows): MarketColumns => ({
  high: Float64Array.from(rows, ([a, b, c]) => Math.max(a, b, c)),
  low: Float64Array.from(rows, ([a, b, c]) => Math.min(a, b, c)),
  close: Float64Array.from(rows, ([, , c]) => c),
}));

function prefixOf(columns: MarketColumns, length: number): MarketColumns {
  return { high: columns.high.slice(0, length), low: columns.low.slice(0, length), close: columns.close.slice(0, length) };
}

function syntheticColumns(length: number): MarketColumns {
  const close = Float64Array.from({ length }, (_, t) => 100 + 10 * Math.sin(t / 40) + (t % 7));
  return { close, high: close.map((value) => value + 1), low: close.map((value) => value - 1) };
}

describe.each(OUTPUTS)('indicator contract: $name', (output) => {
  it('returns one value per bar: NaN for exactly the warm-up, finite after', () => {
    fc.assert(fc.property(arbitraryColumns, (columns) => {
      const series = output.compute(columns);
      expect(series).toBeInstanceOf(Float64Array);
      expect(series.length).toBe(columns.close.length);
      expect(countLeadingNaN(series)).toBe(Math.min(output.warmup, series.length));
      for (let t = output.warmup; t < series.length; t++) expect(Number.isFinite(series[t]!)).toBe(true);
    }));
  });

  it('is stable: a prefix of the bars gives exactly the full run’s values on that prefix', () => {
    fc.assert(fc.property(arbitraryColumns, fc.nat(), (columns, cut) => {
      const length = columns.close.length === 0 ? 0 : cut % (columns.close.length + 1);
      const full = output.compute(columns);
      const prefix = output.compute(prefixOf(columns, length));
      expect(Array.from(prefix)).toEqual(Array.from(full.subarray(0, length)));
    }));
  });

  it('allocates nothing per bar (fixed buffers only)', async () => {
    const bars = 200_000;
    const columns = syntheticColumns(bars);
    // Any per-bar object is ≥ 16 bytes per bar, 3.2 MB here; fixed buffers are a few hundred bytes.
    const bytes = await measureSteadyStateAllocation(
      () => output.compute(columns),
      (url) => url.includes('/strategy/indicators/') && !url.endsWith('.test.ts'),
      bars,
    );
    expect(bytes).toBeLessThan(bars);
  });
});
