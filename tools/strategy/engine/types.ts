/** Engine settings; every field has a documented default (see README "Engine semantics"). */
export type FillMode = 'next_open' | 'close';

export interface EngineSettings {
  initialCapital: number;
  feesBps: number;
  slippageBps: number;
  fill: FillMode;
  allowShort: boolean;
}

export const DEFAULT_ENGINE_SETTINGS: Readonly<EngineSettings> = Object.freeze({
  initialCapital: 10_000,
  feesBps: 10,
  slippageBps: 0,
  fill: 'next_open',
  allowShort: false,
});

/** One round trip. Indices are bar indices into the full series. */
export interface Trade {
  side: 1 | -1;
  entryIndex: number;
  entryPrice: number;
  exitIndex: number;
  exitPrice: number;
  units: number;
  /** Net of both fees and slippage. */
  pnl: number;
  /** pnl / capital committed at entry (the cash spent, fee included). */
  returnFraction: number;
  /** Closes at which the position was held; sums to exposure × bars. */
  barsHeld: number;
}

/** What `simulate` returns for the bars [startIndex, endIndex] (inclusive). */
export interface SimulationResult {
  startIndex: number;
  endIndex: number;
  /** Equity at each close in range; the last value is realised (open position closed). */
  equity: Float64Array;
  /** Position held at each close in range (before the final liquidation). */
  position: Int8Array;
  trades: Trade[];
}
