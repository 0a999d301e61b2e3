/**
 * Output buffers for a caller that runs many backtests in a row (a parameter grid, the optimiser).
 * Writing a freshly allocated array costs a page fault per 4 KB on first touch, which for short
 * daily histories costs more than the simulation itself; reusing the buffers skips that. Every run
 * overwrites all of the previous run's values, so the caller keeps what it copies out (metrics),
 * never the curves themselves.
 */
export interface SimulationWorkspace {
  /** Equity and position arrays of exactly `bars` values, valid until the next call. */
  outputs(bars: number): { equity: Float64Array; position: Int8Array };
}

export function createSimulationWorkspace(): SimulationWorkspace {
  let equity = new Float64Array(0);
  let position = new Int8Array(0);
  return {
    outputs(bars: number) {
      if (bars > equity.length) {
        equity = new Float64Array(bars);
        position = new Int8Array(bars);
      }
      return bars === equity.length
        ? { equity, position }
        : { equity: equity.subarray(0, bars), position: position.subarray(0, bars) };
    },
  };
}
