import type { DataRef } from '../data/data_ref.js';
import type { PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';
import type { EngineSettingsInput } from './engine_settings.js';

/** One round trip as users see it: times as dates (daily) or ISO timestamps (intraday). */
export interface TradeRecord {
  side: 'long' | 'short';
  entry_time: string;
  entry_price: number;
  exit_time: string;
  exit_price: number;
  units: number;
  /** Net P&L after both fees and slippage. */
  pnl: number;
  /** pnl / capital committed at entry. */
  return: number;
  bars_held: number;
}

/** The JSON result of one strategy on one symbol: everything needed to check or re-run it. */
export interface BacktestResult {
  symbol: string;
  strategy: string;
  params: StrategyParams;
  data: DataRef;
  range: { start: string; end: string; bars: number };
  settings: Required<EngineSettingsInput>;
  periods_per_year: number;
  metrics: PerformanceMetrics;
  trades: TradeRecord[];
  equity: Array<{ t: string; equity: number }>;
  /** Position held at each close, aligned with `equity`. */
  positions: number[];
  notes: string[];
}
