import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { BACKTEST_SHARDS, shardStateKey } from '../backtest/run_backtests_tool.js';
import type { BacktestResult } from '../backtest/backtest_result.js';
import { BacktestPilotError } from '../errors.js';
import { evaluateTargets, type TargetEvaluation } from '../optimization/targets.js';
import type { RequestSpec } from '../request/request_spec.js';
import { STATE_KEYS, type ToolSession } from '../session_state.js';
import { returningErrors } from '../tool_response.js';
import { METRIC_KEYS, type MetricKey, type PerformanceMetrics } from './types.js';
import { rankResults } from './rank_results.js';

export const AnalyzeRiskInputSchema = z.object({
  rank_by: z.enum(METRIC_KEYS as [MetricKey, ...MetricKey[]]).optional()
    .describe('Metric to rank by; defaults to the request\'s rank_by (Sharpe ratio unless the user chose another)'),
});

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

/** Merges the backtest shards in job order, ranks, and stores both the full results and the ranking. */
export function analyzeRiskInSession(input: z.infer<typeof AnalyzeRiskInputSchema>, session: ToolSession): RiskAnalysis {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  if (!spec) throw new BacktestPilotError('bad_input', 'there are no backtest results to analyse; run the backtests first');
  const shards = Array.from({ length: BACKTEST_SHARDS }, (_, shard) => session.state.get<BacktestResult[] | null>(shardStateKey(shard)) ?? []);
  // Shard k holds jobs k, k + n, k + 2n ...: interleave them back into job order.
  const results: BacktestResult[] = [];
  for (let index = 0; shards.some((shard) => index < shard.length); index++) {
    for (const shard of shards) if (index < shard.length) results.push(shard[index]!);
  }
  if (results.length === 0) throw new BacktestPilotError('bad_input', 'there are no backtest results to analyse; run the backtests first');
  const analysis = analyzeResults(results, spec, input.rank_by ?? spec.rank_by);
  session.state.set(STATE_KEYS.backtestResults, rankResults(results, analysis.rank_by));
  session.state.set(STATE_KEYS.ranking, analysis);
  return analysis;
}

export function createAnalyzeRiskTool(): FunctionTool<typeof AnalyzeRiskInputSchema> {
  return new FunctionTool({
    name: 'analyze_risk',
    description:
      'Rank every backtest result by a metric (Sharpe ratio by default), compare each with buy-and-hold on the same symbol, ' +
      'and check the user\'s targets. Returns the ranking with all metrics.',
    parameters: AnalyzeRiskInputSchema,
    execute: (input, context) => returningErrors(() => analyzeRiskInSession(input, context!)),
  });
}
