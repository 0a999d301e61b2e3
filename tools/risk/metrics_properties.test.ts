import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAllMetrics, type MetricsInput } from './compute_all_metrics.js';
import { METRIC_KEYS, type MetricKey } from './types.js';

/** Money in cents, so ratios of equities stay within what a double can hold. */
const cents = (min: number, max: number) => fc.integer({ min, max }).map((value) => value / 100);

function metricsInput(equityValue: fc.Arbitrary<number>): fc.Arbitrary<MetricsInput> {
  return fc.array(equityValue, { maxLength: 60 }).chain((values) =>
    fc.record({
      equity: fc.constant(Float64Array.from(values)),
      initialCapital: cents(1, 100_000_000),
      position: fc.array(fc.constantFrom(-1, 0, 1), { minLength: values.length, maxLength: values.length })
        .map((positions) => Int8Array.from(positions)),
      trades: fc.array(cents(-10_000_000, 10_000_000).map((pnl) => ({ pnl })), { maxLength: 20 }),
      periodsPerYear: fc.constantFrom(12, 52, 252, 365, 1638, 8760),
      riskFreeRate: fc.double({ min: -0.1, max: 0.5, noNaN: true }),
    }),
  );
}

const positiveCurve = metricsInput(cents(1, 100_000_000));
const anyCurve = metricsInput(cents(-100_000_000, 100_000_000));

const RATIO_KEYS: readonly MetricKey[] = METRIC_KEYS.filter((key) => key !== 'final_equity');

function scaled(input: MetricsInput, factor: number): MetricsInput {
  return {
    ...input,
    equity: input.equity.map((value) => value * factor),
    initialCapital: input.initialCapital * factor,
    trades: input.trades.map(({ pnl }) => ({ pnl: pnl * factor })),
  };
}

describe('metric invariants', () => {
  it('every metric is a finite number or null, never NaN or Infinity, even after a wipe-out', () => {
    fc.assert(fc.property(anyCurve, (input) => {
      const metrics = computeAllMetrics(input);
      for (const key of METRIC_KEYS) {
        const value = metrics[key];
        expect(value === null || Number.isFinite(value), key).toBe(true);
      }
    }));
  });

  it('max_drawdown ∈ [−1, 0], whatever the curve', () => {
    fc.assert(fc.property(anyCurve, (input) => {
      const { max_drawdown } = computeAllMetrics(input);
      expect(max_drawdown).toBeGreaterThanOrEqual(-1);
      expect(max_drawdown).toBeLessThanOrEqual(0);
    }));
  });

  it('exposure ∈ [0, 1] and win_rate ∈ [0, 1] (or null with no trades)', () => {
    fc.assert(fc.property(anyCurve, (input) => {
      const { exposure, win_rate } = computeAllMetrics(input);
      expect(exposure).toBeGreaterThanOrEqual(0);
      expect(exposure).toBeLessThanOrEqual(1);
      expect(win_rate === null).toBe(input.trades.length === 0);
      if (win_rate !== null) {
        expect(win_rate).toBeGreaterThanOrEqual(0);
        expect(win_rate).toBeLessThanOrEqual(1);
      }
    }));
  });

  it('total_return = Π(1 + r_t) − 1 for a curve built from its per-bar returns', () => {
    // Returns between −90% and +100% a bar keep 1 + r away from 0, where the product is ill-conditioned.
    const barReturns = fc.array(fc.double({ min: -0.9, max: 1, noNaN: true }), { maxLength: 60 });
    fc.assert(fc.property(cents(1, 100_000_000), barReturns, (initialCapital, returns) => {
      const equity = new Float64Array(returns.length);
      let value = initialCapital;
      returns.forEach((r, t) => { value *= 1 + r; equity[t] = value; });
      const growth = returns.reduce((product, r) => product * (1 + r), 1);
      const { total_return } = computeAllMetrics({
        equity, initialCapital, position: new Int8Array(returns.length), trades: [], periodsPerYear: 252,
      });
      expect(Math.abs(total_return - (growth - 1))).toBeLessThanOrEqual(1e-12 * Math.max(1, growth));
    }));
  });

  it('scaling equity, capital and P&L by a power of two changes no ratio at all and scales final_equity', () => {
    fc.assert(fc.property(positiveCurve, fc.integer({ min: -20, max: 20 }), (input, exponent) => {
      const factor = 2 ** exponent;
      const base = computeAllMetrics(input);
      const after = computeAllMetrics(scaled(input, factor));
      for (const key of RATIO_KEYS) expect(after[key], key).toBe(base[key]);
      expect(after.final_equity).toBe(base.final_equity * factor);
    }));
  });

  it('scaling equity, capital and P&L by any constant leaves every ratio unchanged up to rounding', () => {
    fc.assert(fc.property(positiveCurve, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (input, factor) => {
      const base = computeAllMetrics(input);
      const after = computeAllMetrics(scaled(input, factor));
      for (const key of RATIO_KEYS) {
        const [before, now] = [base[key], after[key]];
        expect(now === null, key).toBe(before === null);
        if (before !== null && now !== null) {
          expect(Math.abs(now - before), key).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(before)));
        }
      }
    }));
  });
});
