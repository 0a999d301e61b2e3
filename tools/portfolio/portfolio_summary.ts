import { createHash } from 'node:crypto';
import type { PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';
import type { RebalanceSchedule } from './calendar_periods.js';
import type { PortfolioObjective } from './optimize/optimize_weights.js';
import type { PortfolioRunState } from './portfolio_from_spec.js';
import type { PortfolioResult } from './portfolio_result.js';
import type { RiskBudget } from './risk_budget.js';

type Range = { start: string; end: string; bars: number };

/**
 * A portfolio run without its curves and fills, which `outcome_sha256` stands for: what an
 * experiment keeps, and what a re-run is checked against bit for bit.
 */
export interface PortfolioSummary {
  weights: Record<string, number>;
  rebalance: RebalanceSchedule;
  /** Each symbol's strategy with its parameters as they ran, defaults filled in. */
  strategies: Record<string, { name: string; params: StrategyParams }>;
  /** The objective the weights were chosen for, or null when the user gave them. */
  objective: PortfolioObjective | null;
  range: Range;
  periods_per_year: number;
  metrics: PerformanceMetrics;
  fees_paid: number;
  turnover: number;
  num_rebalances: number;
  num_fills: number;
  contributions: Record<string, number>;
  risk: RiskBudget;
  correlation: { symbols: string[]; matrix: Array<Array<number | null>> };
  /** How the chosen weights did on the window they were chosen on, and on the held-out rest. */
  optimization: { in_sample: PerformanceMetrics; out_of_sample: PerformanceMetrics | null; in_sample_range: Range; out_of_sample_range: Range | null } | null;
  /** SHA-256 of the equity curve, the weights at each close and the fills. */
  outcome_sha256: string;
  notes: string[];
}

/** JSON writes every double as the shortest text that reads back to the same bits: equal hashes, identical runs. */
export function portfolioOutcomeSha256(portfolio: Pick<PortfolioResult['portfolio'], 'equity' | 'weights_over_time' | 'fills'>): string {
  return createHash('sha256').update(JSON.stringify([portfolio.equity, portfolio.weights_over_time, portfolio.fills])).digest('hex');
}

export function summarizePortfolioRun(run: PortfolioRunState): PortfolioSummary {
  const { portfolio, correlation } = run.result;
  const optimization = run.optimization;
  return {
    weights: portfolio.weights, rebalance: portfolio.rebalance, strategies: portfolio.strategies, objective: optimization?.objective ?? null,
    range: portfolio.range, periods_per_year: portfolio.periods_per_year, metrics: portfolio.metrics, fees_paid: portfolio.fees_paid,
    turnover: portfolio.turnover, num_rebalances: portfolio.num_rebalances, num_fills: portfolio.fills.length, contributions: portfolio.contributions,
    risk: portfolio.risk, correlation,
    optimization: optimization ? {
      in_sample: optimization.in_sample, out_of_sample: optimization.out_of_sample,
      in_sample_range: optimization.in_sample_range, out_of_sample_range: optimization.out_of_sample_range,
    } : null,
    outcome_sha256: portfolioOutcomeSha256(portfolio),
    notes: portfolio.notes,
  };
}
