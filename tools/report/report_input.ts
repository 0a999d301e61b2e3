import { z } from 'zod';
import type { BacktestResult } from '../backtest/backtest_result.js';
import type { MarketDataSummary } from '../data/market_data_summary.js';
import type { OhlcvSeries } from '../data/types.js';
import type { WeightSearchState } from '../portfolio/optimize/weight_target_search.js';
import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import type { OptimizationState } from '../optimization/optimization_state.js';
import type { OptimizationReport } from '../optimization/optimize_strategy.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { RiskAnalysis } from '../risk/risk_analysis.js';

/** Everything a report is written from: computed results only, nothing the writer works out. */
export interface ReportInput {
  spec: RequestSpec;
  validationNotes: string[];
  marketData: MarketDataSummary[];
  ranking: RiskAnalysis;
  optimization: OptimizationState | null;
  /** The runs with their curves and trades; without them the report has its text and tables only. */
  results?: readonly BacktestResult[];
  /** The price series by symbol, for the price-with-trades chart. */
  prices?: ReadonlyMap<string, OhlcvSeries>;
  /** A `btp optimize` search, whose heatmap and walk-forward the agents' state does not have. */
  search?: OptimizationReport;
  /** Fill, fees, slippage, capital, shorting, risk-free rate. */
  engine?: Record<string, number | string | boolean>;
  experimentId?: number;
  request?: string;
  /** The portfolio run, when the request asked for a portfolio. */
  portfolio?: PortfolioRunState | null;
  /** The portfolio's weights searched toward the targets, when it had targets and no objective. */
  weightSearch?: WeightSearchState | null;
  /** Which model read the request, and the text it read, when more than one could (BTP_MODEL=hybrid). */
  reader?: RequestReader | null;
}

/** What RequestReader.model says when the grammar read the request. */
export const GRAMMAR_READER = 'the offline grammar';

export const RequestReaderSchema = z.object({
  /** `the offline grammar`, or `Gemini (gemini-2.5-flash)` when the grammar could not read the message. */
  model: z.string().min(1),
  /** What was parsed: the user's words, or the model's restatement of them. */
  text: z.string(),
}).strict();
export type RequestReader = z.output<typeof RequestReaderSchema>;
