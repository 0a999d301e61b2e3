import type { EngineSettingsInput } from '../backtest/engine_settings.js';
import type { DataRef } from '../data/data_ref.js';
import type { AssetClass } from '../data/types.js';
import type { PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';
import type { RebalanceSchedule } from './calendar_periods.js';
import type { RiskBudget } from './risk_budget.js';
import type { WeightsRow } from './weights_over_time.js';

export interface FillRecord {
  date: string;
  symbol: string;
  side: 'buy' | 'sell';
  units: number;
  /** Fill price, slippage included. */
  price: number;
  fee: number;
}

/** The JSON of one portfolio run: everything needed to check or re-run it. */
export interface PortfolioResult {
  portfolio: {
    weights: Record<string, number>;
    rebalance: RebalanceSchedule;
    strategies: Record<string, { name: string; params: StrategyParams }>;
    range: { start: string; end: string; bars: number };
    settings: Required<EngineSettingsInput>;
    periods_per_year: number;
    metrics: PerformanceMetrics;
    equity: Array<{ t: string; equity: number }>;
    weights_over_time: WeightsRow[];
    fills: FillRecord[];
    fees_paid: number;
    /** Traded value / average equity, annualised. */
    turnover: number;
    num_rebalances: number;
    /** Each symbol's net cash flow (sales − buys, fees included) / initial capital; sums to total_return. */
    contributions: Record<string, number>;
    /** The risk split at the target weights over the window: volatilities, risk contributions, diversification ratio. */
    risk: RiskBudget;
    notes: string[];
  };
  assets: Array<DataRef & {
    symbol: string; asset_class: AssetClass;
    first: string; last: string; bars: number; bars_in_range: number; weight: number;
  }>;
  correlation: { symbols: string[]; matrix: Array<Array<number | null>> };
}
