import type { MarketDataSummary } from '../data/load_market_data_tool.js';
import type { OptimizationState } from '../optimization/optimize_step_tool.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { RiskAnalysis } from '../risk/analyze_risk_tool.js';

/** Everything a report is written from: computed results only, nothing the writer works out. */
export interface ReportInput {
  spec: RequestSpec;
  validationNotes: string[];
  marketData: MarketDataSummary[];
  ranking: RiskAnalysis;
  optimization: OptimizationState | null;
}
