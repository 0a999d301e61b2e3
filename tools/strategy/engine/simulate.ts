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
  const feeRate = settings.feesBps / 10_000;
  const slippageRate = settings.slippageBps / 10_000;
  const nextOpen = settings.fill === 'next_open';
  const allowShort = settings.allowShort;
  const barCount = endIndex - startIndex + 1;
  const equity = new Float64Array(barCount);
  const position = new Int8Array(barCount);
  const trades: Trade[] = [];

  let cash = settings.initialCapital;
  let side: -1 | 0 | 1 = 0;
  let units = 0;
  let entryIndex = -1;
  let entryPrice = 0;
  let entryCash = 0;
  let barsHeld = 0;

  const closePosition = (index: number, marketPrice: number): void => {
    // Closing a long sells (price worsens downwards); closing a short buys (upwards).
    const price = side === 1 ? marketPrice * (1 - slippageRate) : marketPrice * (1 + slippageRate);
    cash = side === 1 ? cash + units * price * (1 - feeRate) : cash - units * price * (1 + feeRate);
    const pnl = cash - entryCash;
    trades.push({
      side: side as 1 | -1, entryIndex, entryPrice, exitIndex: index, exitPrice: price, units, pnl,
      returnFraction: pnl / entryCash, barsHeld,
    });
    side = 0;
    units = 0;
  };

  const openPosition = (index: number, marketPrice: number, newSide: 1 | -1): void => {
    if (!(cash > 0)) return;
    const price = newSide === 1 ? marketPrice * (1 + slippageRate) : marketPrice * (1 - slippageRate);
    entryCash = cash;
    units = cash / (price * (1 + feeRate));
    // A long spends all cash; a short adds the sale proceeds to it.
    cash = newSide === 1 ? 0 : cash + units * price * (1 - feeRate);
    side = newSide;
    entryIndex = index;
    entryPrice = price;
    barsHeld = 0;
  };

  const moveTo = (rawTarget: number, index: number, marketPrice: number): void => {
    const target = rawTarget > 0 ? 1 : rawTarget < 0 && allowShort ? -1 : 0;
    if (target === side) return;
    if (side !== 0) closePosition(index, marketPrice);
    if (target !== 0) openPosition(index, marketPrice, target);
  };

  for (let t = startIndex; t <= endIndex; t++) {
    if (nextOpen) {
      if (t > 0) moveTo(targets[t - 1]!, t, open[t]!);
    } else {
      moveTo(targets[t]!, t, close[t]!);
    }
    const slot = t - startIndex;
    if (side !== 0) barsHeld++;
    equity[slot] = cash + side * units * close[t]!;
    position[slot] = side;
  }

  if (side !== 0) {
    closePosition(endIndex, close[endIndex]!);
    equity[barCount - 1] = cash;
  }

  return { startIndex, endIndex, equity, position, trades };
}
