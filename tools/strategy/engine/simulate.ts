import { uninitializedFloat64Array, uninitializedInt8Array } from '../uninitialized_arrays.js';
import { Account, type Side } from './account.js';
import type { SimulationWorkspace } from './simulation_workspace.js';
import type { EngineSettings, SimulationResult, Trade } from './types.js';

export interface SimulationInput {
  /** Full-series columns; the engine reads only [startIndex − 1, endIndex]. */
  readonly open: Float64Array;
  readonly close: Float64Array;
  /** Target position per bar of the full series, decided at that bar's close. */
  readonly targets: Int8Array;
  /** First and last bar in range, inclusive. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly settings: EngineSettings;
  /** Buffers to write the equity and position series into instead of fresh arrays (grids). */
  readonly workspace?: SimulationWorkspace;
}

/**
 * The backtest core: one pass over the bars in range, all-in sizing, fees and slippage on every
 * fill. The rules are the README's "Engine semantics", stated once here:
 *
 * - `next_open`: the target decided at bar t's close is filled at bar t+1's open — including the
 *   bar just before the range, whose target is filled at the first in-range open.
 *   `close`: the target of bar t is filled at bar t's close.
 * - Entry buys `units = cash / (price × (1 + f))`, f = feesBps / 10,000; an exit receives
 *   `units × price × (1 − f)`. A short sells the same units and buys them back, paying f both ways.
 *   Slippage moves every fill price against the trader (buys higher, sells lower).
 * - Equity is marked at every close in range (cash + side × units × close). A position open at the
 *   last bar is closed at the last close with fee and slippage, so final equity is realised.
 * - An account whose cash is no longer positive (only possible after a short blows up) stays flat.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const { open, close, targets, startIndex, endIndex, settings } = input;
  const nextOpen = settings.fill === 'next_open';
  // next_open fills bar t − 1's target at bar t's open; close fills bar t's target at its close.
  const signalLag = nextOpen ? 1 : 0;
  const fillPrices = nextOpen ? open : close;
  const lowestTarget: -1 | 0 = settings.allowShort ? -1 : 0;
  const barCount = endIndex - startIndex + 1;
  // Every slot of both is written below (one per bar in range), so they need no zeroing.
  const { equity, position } = input.workspace?.outputs(barCount)
    ?? { equity: uninitializedFloat64Array(barCount), position: uninitializedInt8Array(barCount) };
  const trades: Trade[] = [];
  const account = new Account(
    settings.initialCapital,
    { feeRate: settings.feesBps / 10_000, slippageRate: settings.slippageBps / 10_000 },
    trades,
  );

  let side: Side = 0;
  // side × units, what each close adds to the cash while the position is held.
  let held = 0;
  let cash = settings.initialCapital;
  let t = startIndex;
  // Bar t's fill price, read in stride with the closes: fills come dozens of bars apart, and a read
  // that far ahead misses the cache (on a million bars those misses cost more than all the rest).
  let fillPrice = fillPrices[t]!;
  while (t <= endIndex) {
    const signalIndex = t - signalLag;
    const target = targetAt(targets, signalIndex, lowestTarget, side);
    if (target !== side) {
      if (side !== 0) account.close(t, fillPrice, t - 1);
      if (target !== 0) account.open(t, fillPrice, target);
      side = account.side;
      held = side * account.units;
      cash = account.cash;
    }
    // Until the strategy's raw signal changes only the close moves: a call-free loop the JIT keeps
    // tight. (A change that asks for the same position, say −1 to 0 without shorting, just ends
    // the stretch; the next pass of the outer loop keeps the position.)
    const signal = signalIndex >= 0 ? targets[signalIndex]! : NO_SIGNAL;
    do {
      equity[t - startIndex] = cash + held * close[t]!;
      position[t - startIndex] = side;
      t++;
      fillPrice = fillPrices[t <= endIndex ? t : endIndex]!;
    } while (t <= endIndex && targets[t - signalLag] === signal);
  }

  if (account.side !== 0) {
    account.close(endIndex, close[endIndex]!, endIndex);
    equity[barCount - 1] = account.cash;
  }

  return { startIndex, endIndex, equity, position, trades };
}

/** Equal to no Int8Array value: the stretch before the first signal lasts one bar. */
const NO_SIGNAL = 128;

/**
 * The position bar `signalIndex`'s target asks for: long, flat, or short when shorting is allowed
 * (`lowestTarget` −1; else 0, so a short target means flat). `current` when there is no signal
 * (next_open fills at the first bar of the file have no bar before them).
 */
function targetAt(targets: Int8Array, signalIndex: number, lowestTarget: -1 | 0, current: Side): Side {
  if (signalIndex < 0) return current;
  const rawTarget = targets[signalIndex]!;
  return rawTarget > 0 ? 1 : rawTarget < 0 ? lowestTarget : 0;
}
