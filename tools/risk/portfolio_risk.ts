import type { BacktestResult } from '../backtest/backtest_result.js';
import { evaluateTargets, type TargetEvaluation } from '../optimization/objective/targets.js';
import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import type { RiskBudget } from '../portfolio/risk_budget.js';
import type { RequestSpec } from '../request/request_spec.js';
import { rankResults } from './rank_results.js';
import type { MetricKey, PerformanceMetrics } from './types.js';

/** The RiskAgent's view of the portfolio: its metrics against the targets, its risk split, and the best symbol held alone. */
export interface PortfolioRisk {
  weights: Record<string, number>;
  range: { start: string; end: string; bars: number };
  metrics: PerformanceMetrics;
  targets: TargetEvaluation | null;
  risk: RiskBudget;
  /**
   * The single-symbol buy-and-hold run that ranks first by the ranking metric, and the portfolio
   * minus it: what holding the mix instead of the best one symbol gained or cost. Null when the
   * request ran no buy-and-hold of the portfolio's symbols.
   */
  vs_best_holding: { symbol: string; metrics: PerformanceMetrics; total_return: number; sharpe_ratio: number | null; max_drawdown: number; volatility: number | null } | null;
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export function analyzePortfolioRisk(run: PortfolioRunState, results: readonly BacktestResult[], spec: RequestSpec, rankBy: MetricKey): PortfolioRisk {
  const { portfolio } = run.result;
  const symbols = new Set(Object.keys(portfolio.weights));
  const holdings = results.filter((result) => result.strategy === 'buy_and_hold' && symbols.has(result.symbol));
  const best = rankResults([...holdings], rankBy)[0];
  return {
    weights: portfolio.weights,
    range: portfolio.range,
    metrics: portfolio.metrics,
    targets: Object.keys(spec.targets).length > 0 ? evaluateTargets(portfolio.metrics, spec.targets) : null,
    risk: portfolio.risk,
    vs_best_holding: best ? {
      symbol: best.symbol, metrics: best.metrics,
      total_return: portfolio.metrics.total_return - best.metrics.total_return,
      sharpe_ratio: minus(portfolio.metrics.sharpe_ratio, best.metrics.sharpe_ratio),
      max_drawdown: portfolio.metrics.max_drawdown - best.metrics.max_drawdown,
      volatility: minus(portfolio.metrics.volatility, best.metrics.volatility),
    } : null,
  };
}
