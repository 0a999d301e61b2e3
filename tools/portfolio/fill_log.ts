/** A buy or a sell of one symbol at one portfolio bar. */
export const BUY = 1;
export const SELL = -1;

/**
 * Every fill of a portfolio run, column by column in typed arrays that double when full: a
 * million-bar run with monthly rebalancing makes hundreds of thousands of fills, and an object
 * per fill would cost more than the simulation.
 */
export class FillLog {
  length = 0;
  bar = new Int32Array(64);
  symbol = new Int32Array(64);
  side = new Int8Array(64);
  units = new Float64Array(64);
  /** The fill price, slippage included. */
  price = new Float64Array(64);
  fee = new Float64Array(64);

  push(bar: number, symbol: number, side: 1 | -1, units: number, price: number, fee: number): void {
    if (this.length === this.bar.length) this.grow();
    const at = this.length++;
    this.bar[at] = bar;
    this.symbol[at] = symbol;
    this.side[at] = side;
    this.units[at] = units;
    this.price[at] = price;
    this.fee[at] = fee;
  }

  private grow(): void {
    const size = this.bar.length * 2;
    const grown = <T extends Int32Array | Int8Array | Float64Array>(column: T, make: (size: number) => T): T => {
      const next = make(size);
      next.set(column);
      return next;
    };
    this.bar = grown(this.bar, (n) => new Int32Array(n));
    this.symbol = grown(this.symbol, (n) => new Int32Array(n));
    this.side = grown(this.side, (n) => new Int8Array(n));
    this.units = grown(this.units, (n) => new Float64Array(n));
    this.price = grown(this.price, (n) => new Float64Array(n));
    this.fee = grown(this.fee, (n) => new Float64Array(n));
  }
}
