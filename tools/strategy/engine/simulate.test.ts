import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput } from './simulate.js';
import { SimulationWorkspace } from './simulation_workspace.js';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from './types.js';

const f64 = (values: number[]) => Float64Array.from(values);
const i8 = (values: number[]) => Int8Array.from(values);

function run(
  open: number[], close: number[], targets: number[], startIndex: number,
  settings: Partial<EngineSettings> = {},
) {
  const input: SimulationInput = {
    open: f64(open), close: f64(close), targets: i8(targets), startIndex,
    endIndex: close.length - 1, settings: { ...DEFAULT_ENGINE_SETTINGS, ...settings },
  };
  return simulate(input);
}

describe('simulate — next_open fills (the default)', () => {
  it('enters at the first in-range open when the bar before the range already says long', () => {
    // Bar 0 is warm-up; its long target is filled at bar 1's open (101), fee 10 bps each way.
    const result = run([100, 101, 103, 102], [100.5, 102, 104, 101], [1, 1, 1, 1], 1);
    const units = 10_000 / (101 * 1.001);
    expect(result.equity[0]).toBeCloseTo(units * 102, 9);
    expect(result.equity[1]).toBeCloseTo(units * 104, 9);
    // Closed at the last close, paying the fee: 10,000 × 101 × 0.999 / (101 × 1.001).
    expect(result.equity[2]).toBeCloseTo(10_000 * 0.999 / 1.001, 9);
    expect(Array.from(result.position)).toEqual([1, 1, 1]);
    expect(result.trades).toHaveLength(1);
    expect(result.trades[0]).toMatchObject({ side: 1, entryIndex: 1, exitIndex: 3, barsHeld: 3 });
    expect(result.trades[0]!.entryPrice).toBe(101);
    expect(result.trades[0]!.exitPrice).toBe(101);
    expect(result.trades[0]!.pnl).toBeCloseTo(10_000 * 0.999 / 1.001 - 10_000, 9);
  });

  it('starts flat when the range begins at the first bar of the file', () => {
    const result = run([100, 110], [105, 120], [1, 1], 0, { feesBps: 0 });
    // Target of bar 0 fills at bar 1's open (110); bar 0 is flat.
    expect(result.equity[0]).toBe(10_000);
    expect(result.equity[1]).toBeCloseTo(10_000 * 120 / 110, 9);
    expect(Array.from(result.position)).toEqual([0, 1]);
  });

  it('fills a signal at the next open and worsens both fills by the slippage', () => {
    const result = run(
      [10, 11, 12, 13, 14], [10.5, 11.5, 12.5, 13.5, 14.5], [0, 1, 1, 0, 0], 0,
      { feesBps: 0, slippageBps: 100 },
    );
    const units = 10_000 / (12 * 1.01); // bought at bar 2's open, 1 % worse
    expect(Array.from(result.equity.subarray(0, 4))).toEqual([10_000, 10_000, units * 12.5, units * 13.5]);
    expect(result.equity[4]).toBeCloseTo(10_000 * (14 * 0.99) / (12 * 1.01), 9);
    expect(Array.from(result.position)).toEqual([0, 0, 1, 1, 0]);
    expect(result.trades[0]).toMatchObject({ entryIndex: 2, exitIndex: 4, barsHeld: 2 });
    expect(result.trades[0]!.entryPrice).toBeCloseTo(12.12, 12);
    expect(result.trades[0]!.exitPrice).toBeCloseTo(13.86, 12);
    expect(result.trades[0]!.returnFraction).toBeCloseTo(13.86 / 12.12 - 1, 12);
  });
});

describe('simulate — close fills', () => {
  it('fills the target of bar t at bar t close, ignoring the bar before the range', () => {
    const result = run([1, 1, 1, 1], [100, 100, 110, 121], [1, 0, 1, 1], 1, { fill: 'close' });
    // Bar 1 target 0: flat. Bar 2: buy at 110. Bar 3: marked at 121, then closed at 121.
    const units = 10_000 / (110 * 1.001);
    expect(result.equity[0]).toBe(10_000);
    expect(result.equity[1]).toBeCloseTo(units * 110, 9);
    expect(result.equity[2]).toBeCloseTo(units * 121 * 0.999, 9);
    expect(result.trades[0]).toMatchObject({ entryIndex: 2, exitIndex: 3, barsHeld: 2 });
  });
});

describe('simulate — shorts', () => {
  it('profits from a fall when shorting is allowed', () => {
    const result = run([1, 1, 1], [100, 90, 80], [-1, -1, 0], 0, { fill: 'close', feesBps: 0, allowShort: true });
    // Short 100 units at 100: cash 20,000; marked 20,000 − 100 × 90; covered at 80.
    expect(Array.from(result.equity)).toEqual([10_000, 11_000, 12_000]);
    expect(result.trades[0]).toMatchObject({ side: -1, units: 100, pnl: 2_000, returnFraction: 0.2, barsHeld: 2 });
  });

  it('treats a short target as flat when shorting is not allowed', () => {
    const result = run([1, 1, 1], [100, 90, 80], [-1, -1, 0], 0, { fill: 'close' });
    expect(Array.from(result.equity)).toEqual([10_000, 10_000, 10_000]);
    expect(result.trades).toHaveLength(0);
  });

  it('reverses from long to short as two trades at the same price', () => {
    const result = run([1, 1, 1], [100, 100, 100], [1, -1, -1], 0, { fill: 'close', allowShort: true, feesBps: 10 });
    expect(result.trades.map((trade) => trade.side)).toEqual([1, -1]);
    expect(result.trades[0]!.exitIndex).toBe(1);
    expect(result.trades[1]!.entryIndex).toBe(1);
  });
});

const scenario = fc
  .integer({ min: 2, max: 60 })
  .chain((length) =>
    fc.record({
      open: fc.array(fc.double({ min: 1, max: 1_000, noNaN: true }), { minLength: length, maxLength: length }),
      close: fc.array(fc.double({ min: 1, max: 1_000, noNaN: true }), { minLength: length, maxLength: length }),
      targets: fc.array(fc.constantFrom(-1, 0, 1), { minLength: length, maxLength: length }),
      startIndex: fc.integer({ min: 0, max: length - 1 }),
      fill: fc.constantFrom<'next_open' | 'close'>('next_open', 'close'),
      allowShort: fc.boolean(),
      feesBps: fc.integer({ min: 0, max: 100 }),
      slippageBps: fc.integer({ min: 0, max: 50 }),
    }),
  );

describe('simulate — invariants', () => {
  it('realises every trade: final equity = capital + sum of trade P&L', () => {
    fc.assert(fc.property(scenario, (s) => {
      const result = run(s.open, s.close, s.targets, s.startIndex, s);
      const pnl = result.trades.reduce((sum, trade) => sum + trade.pnl, 0);
      const final = result.equity[result.equity.length - 1]!;
      // Shorts can lose more than the capital; the identity holds regardless. Rounding grows with the
      // sizes summed, not with the result: a run that reaches millions and falls back to ~1 (seed
      // 127617225) carries ~1e-6 of honest float error, so the bound scales with capital + Σ|P&L|.
      const scale = 10_000 + result.trades.reduce((sum, trade) => sum + Math.abs(trade.pnl), 0);
      return Math.abs(final - (10_000 + pnl)) <= 1e-11 * scale;
    }));
  });

  it('counts each held bar once: sum of bars held = bars with a position', () => {
    fc.assert(fc.property(scenario, (s) => {
      const result = run(s.open, s.close, s.targets, s.startIndex, s);
      const held = result.trades.reduce((sum, trade) => sum + trade.barsHeld, 0);
      return held === result.position.filter((side) => side !== 0).length;
    }));
  });

  it('never goes short without allowShort and keeps every value finite', () => {
    fc.assert(fc.property(scenario, (s) => {
      const result = run(s.open, s.close, s.targets, s.startIndex, { ...s, allowShort: false });
      return result.position.every((side) => side >= 0) && result.equity.every(Number.isFinite);
    }));
  });

  it('matches buy-and-hold arithmetic without costs: capital × last close / first open', () => {
    fc.assert(fc.property(scenario, (s) => {
      if (s.startIndex === 0) return true;
      const targets = s.targets.map(() => 1);
      const result = run(s.open, s.close, targets, s.startIndex, { feesBps: 0, slippageBps: 0 });
      const expected = 10_000 * s.close[s.close.length - 1]! / s.open[s.startIndex]!;
      return Math.abs(result.equity[result.equity.length - 1]! - expected) <= 1e-9 * expected;
    }));
  });

  it('loses exactly the round-trip cost when the price never moves', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), (feesBps) => {
      const result = run([50, 50, 50], [50, 50, 50], [1, 1, 1], 1, { feesBps });
      const rate = feesBps / 10_000;
      return Math.abs(result.equity[1]! - 10_000 * (1 - rate) / (1 + rate)) < 1e-9;
    }));
  });
});

/** The bytes of a typed array: equal bytes mean bit-identical values (NaN payloads and −0 included). */
const bytesOf = (values: Float64Array | Int8Array) => Array.from(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));

describe('simulate — reused workspace', () => {
  it('gives bit-identical curves and trades to fresh arrays, run after run, whatever the lengths', () => {
    // Several runs share one workspace, longer and shorter ranges mixed, so buffers are both grown
    // and reused through shorter views holding a previous run's values.
    fc.assert(fc.property(fc.array(scenario, { minLength: 1, maxLength: 6 }), (runs) => {
      const workspace = new SimulationWorkspace();
      for (const s of runs) {
        const input: SimulationInput = {
          open: f64(s.open), close: f64(s.close), targets: i8(s.targets), startIndex: s.startIndex,
          endIndex: s.close.length - 1, settings: { ...DEFAULT_ENGINE_SETTINGS, ...s },
        };
        const fresh = simulate(input);
        const reused = simulate({ ...input, workspace });
        expect(reused.equity.length).toBe(fresh.equity.length);
        expect(bytesOf(reused.equity)).toEqual(bytesOf(fresh.equity));
        expect(bytesOf(reused.position)).toEqual(bytesOf(fresh.position));
        expect(reused.trades).toEqual(fresh.trades);
      }
    }));
  });
});
