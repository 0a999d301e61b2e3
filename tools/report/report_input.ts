import type { MarketDataSummary } from '../data/market_data_summary.js';
import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import type { OptimizationState } from '../optimization/optimization_state.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { RiskAnalysis } from '../risk/risk_analysis.js';

/** Everything a report is written from: computed results only, nothing the writer works out. */
export interface ReportInput {
  spec: RequestSpec;
  validationNotes: string[];
  marketData: MarketDataSummary[];
  ranking: RiskAnalysis;
  optimization: OptimizationState | null;
  /** The portfolio run, when the request asked for a portfolio. */
  portfolio?: PortfolioRunState | null;
}
