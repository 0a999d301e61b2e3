import type { Trade } from './types.js';

/** Short, flat or long. */
export type Side = -1 | 0 | 1;

/** Fee and slippage rates per fill, as fractions (10 bps = 0.001). */
export interface FillCosts {
  feeRate: number;
  slippageRate: number;
}

/**
 * Cash and at most one open position, all-in: an entry commits all the cash, an exit realises the
 * round trip as a Trade. Plain fields and methods rather than closures over the simulation's local
 * variables, which would move those variables out of registers and into a heap context that the
 * per-bar loop reads and writes on every bar.
 */
export class Account {
  side: Side = 0;
  units = 0;
  private entryIndex = -1;
  private entryPrice = 0;
  private entryCash = 0;

  constructor(
    public cash: number,
    private readonly costs: FillCosts,
    private readonly trades: Trade[],
  ) {}

  /** Buys (long) or sells short with all the cash; does nothing once the cash is gone. */
  open(index: number, marketPrice: number, side: 1 | -1): void {
    if (!(this.cash > 0)) return;
    const { feeRate, slippageRate } = this.costs;
    const price = side === 1 ? marketPrice * (1 + slippageRate) : marketPrice * (1 - slippageRate);
    this.entryCash = this.cash;
    this.units = this.cash / (price * (1 + feeRate));
    // A long spends all cash; a short adds the sale proceeds to it.
    this.cash = side === 1 ? 0 : this.cash + this.units * price * (1 - feeRate);
    this.side = side;
    this.entryIndex = index;
    this.entryPrice = price;
  }

  /**
   * Closes the open position at bar `index` and records the trade, held at every close from its
   * entry bar through `lastHeldIndex` (the bar before an exit, or the exit bar itself when the
   * position is liquidated after the last close was marked).
   */
  close(index: number, marketPrice: number, lastHeldIndex: number): void {
    const { feeRate, slippageRate } = this.costs;
    const side = this.side as 1 | -1;
    // Closing a long sells (price worsens downwards); closing a short buys (upwards).
    const price = side === 1 ? marketPrice * (1 - slippageRate) : marketPrice * (1 + slippageRate);
    this.cash = side === 1 ? this.cash + this.units * price * (1 - feeRate) : this.cash - this.units * price * (1 + feeRate);
    const pnl = this.cash - this.entryCash;
    this.trades.push({
      side, entryIndex: this.entryIndex, entryPrice: this.entryPrice, exitIndex: index, exitPrice: price,
      units: this.units, pnl, returnFraction: pnl / this.entryCash, barsHeld: lastHeldIndex - this.entryIndex + 1,
    });
    this.side = 0;
    this.units = 0;
  }
}
