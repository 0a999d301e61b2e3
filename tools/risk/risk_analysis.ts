import type { BacktestResult } from '../backtest/backtest_result.js';
import { evaluateTargets, type TargetEvaluation } from '../optimization/objective/targets.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { PortfolioRisk } from './portfolio_risk.js';
import { rankResults } from './rank_results.js';
import type { MetricKey, PerformanceMetrics } from './types.js';

/** One ranked run without its curves: what the report and the model read. */
export interface RankingRow {
  rank: number;
  symbol: string;
  strategy: string;
  params: Record<string, number>;
  baseline: boolean;
  range: { start: string; end: string; bars: number };
  metrics: PerformanceMetrics;
  /** Difference to buy-and-hold on the same symbol and window (null for buy-and-hold itself). */
  vs_buy_and_hold: { total_return: number; sharpe_ratio: number | null; max_drawdown: number } | null;
  targets: TargetEvaluation | null;
}

export interface RiskAnalysis {
  rank_by: MetricKey;
  rows: RankingRow[];
  notes: string[];
  /** The request's portfolio run, set against its targets and the best symbol held alone; absent when it asked for none. */
  portfolio?: PortfolioRisk;
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** Ranks every result and sets each against buy-and-hold and the user's targets. */
export function analyzeResults(results: readonly BacktestResult[], spec: RequestSpec, rankBy: MetricKey): RiskAnalysis {
  const baselineNames = new Set(spec.strategies.filter((strategy) => strategy.baseline).map((strategy) => strategy.name));
  const hasTargets = Object.keys(spec.targets).length > 0;
  const ranked = rankResults([...results], rankBy);
  const rows = ranked.map((result, index): RankingRow => {
    const hold = result.strategy === 'buy_and_hold' ? undefined : results.find((other) => other.symbol === result.symbol && other.strategy === 'buy_and_hold');
    return {
      rank: index + 1,
      symbol: result.symbol,
      strategy: result.strategy,
      params: result.params,
      baseline: baselineNames.has(result.strategy),
      range: result.range,
      metrics: result.metrics,
      vs_buy_and_hold: hold
        ? {
            total_return: result.metrics.total_return - hold.metrics.total_return,
            sharpe_ratio: difference(result.metrics.sharpe_ratio, hold.metrics.sharpe_ratio),
            max_drawdown: result.metrics.max_drawdown - hold.metrics.max_drawdown,
          }
        : null,
      targets: hasTargets ? evaluateTargets(result.metrics, spec.targets) : null,
    };
  });
  return { rank_by: rankBy, rows, notes: [...new Set(results.flatMap((result) => result.notes))] };
}
