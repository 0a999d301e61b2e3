import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { analyzePortfolioRisk } from '../../tools/risk/portfolio_risk.js';
import { rankResults } from '../../tools/risk/rank_results.js';
import { analyzeResults, type RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import { BACKTEST_SHARDS } from './run_backtests_tool.js';
import { backtestShardKey, STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { runSession } from './run_values.js';
import { riskForModel } from './model_view.js';
import { returningUnsummarized } from './tool_response.js';
import { MetricKeySchema } from '../../tools/risk/metric_key_schema.js';

export const AnalyzeRiskInputSchema = z.object({
  rank_by: MetricKeySchema.optional()
    .describe('Metric to rank by; defaults to the request\'s rank_by (Sharpe ratio unless the user chose another)'),
});

/** Merges the backtest shards in job order, ranks, and stores both the full results and the ranking. */
export function analyzeRiskInSession(input: z.infer<typeof AnalyzeRiskInputSchema>, session: ToolSession): RiskAnalysis {
  const spec = readState(session.state, STATE.spec);
  if (!spec) throw new BacktestPilotError('step_out_of_order', 'there are no backtest results to analyse; run the backtests first');
  const shards = Array.from({ length: BACKTEST_SHARDS }, (_, shard) => readState(session.state, backtestShardKey(shard)) ?? []);
  // Shard k holds jobs k, k + n, k + 2n ...: interleave them back into job order.
  const results: BacktestResult[] = [];
  for (let index = 0; shards.some((shard) => index < shard.length); index++) {
    for (const shard of shards) if (index < shard.length) results.push(shard[index]!);
  }
  if (results.length === 0) throw new BacktestPilotError('step_out_of_order', 'there are no backtest results to analyse; run the backtests first');
  const rankBy = input.rank_by ?? spec.rank_by;
  const portfolio = readState(session.state, STATE.portfolio);
  const analysis: RiskAnalysis = {
    ...analyzeResults(results, spec, rankBy),
    // Only a portfolio request's reply gains the key, so every other reply stays as it was.
    ...(portfolio ? { portfolio: analyzePortfolioRisk(portfolio, results, spec, rankBy) } : {}),
  };
  writeState(session.state, STATE.backtestResults, rankResults(results, analysis.rank_by));
  writeState(session.state, STATE.ranking, analysis);
  return analysis;
}

export function createAnalyzeRiskTool(): FunctionTool<typeof AnalyzeRiskInputSchema> {
  return new FunctionTool({
    name: 'analyze_risk',
    description:
      'Rank every backtest result by a metric (Sharpe ratio by default), compare each with buy-and-hold on the same symbol, ' +
      'and check the user\'s targets; a portfolio is checked against the targets too, with its risk split and the best symbol held alone. ' +
      'Returns the ranking with all metrics.',
    parameters: AnalyzeRiskInputSchema,
    execute: (input, context) => returningUnsummarized(context, () => riskForModel(analyzeRiskInSession(input, runSession(context!)))),
  });
}
