/**
 * Buffers for a caller that runs many backtests in a row (a parameter grid, the optimiser): the
 * strategy's targets and the engine's equity and position outputs.
 * Writing a freshly allocated array costs a page fault per 4 KB on first touch, which for short
 * daily histories costs more than the simulation itself; reusing the buffers skips that. Every run
 * overwrites all of the previous run's values, so the caller keeps what it copies out (metrics),
 * never the curves themselves. A class rather than a closure, so every workspace shares one
 * `outputs` function and the engine's call to it stays monomorphic.
 */
export class SimulationWorkspace {
  private equity = new Float64Array(0);
  private position = new Int8Array(0);
  private targets = new Int8Array(0);

  /** Target positions for `length` bars, valid until the next call; a TargetContext's targetBuffer. */
  readonly targetBuffer = (length: number): Int8Array => {
    if (length !== this.targets.length) this.targets = new Int8Array(length);
    return this.targets;
  };

  /** Equity and position arrays of exactly `bars` values, valid until the next call. */
  outputs(bars: number): { equity: Float64Array; position: Int8Array } {
    if (bars > this.equity.length) {
      this.equity = new Float64Array(bars);
      this.position = new Int8Array(bars);
    }
    return bars === this.equity.length
      ? { equity: this.equity, position: this.position }
      : { equity: this.equity.subarray(0, bars), position: this.position.subarray(0, bars) };
  }
}
