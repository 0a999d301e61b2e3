import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { runBacktestJobs } from '../../tools/backtest/worker_pool.js';
import { jobsForSpec } from '../../tools/pipeline/spec_jobs.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { backtestShardKey, STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { runSession } from './run_values.js';
import { roundForModel } from './model_view.js';
import { returningUnsummarized } from './tool_response.js';

/** The BacktestAgent fans out over this many parallel shards (one per core of the target machine). */
export const BACKTEST_SHARDS = 2;

export const RunBacktestsInputSchema = z.object({
  shard: z.number().int().min(0).max(BACKTEST_SHARDS - 1)
    .describe(`Which share of the strategy × symbol jobs to run: 0 to ${BACKTEST_SHARDS - 1}`),
});

/** Runs this shard's jobs (every BACKTEST_SHARDS-th, heavy batches on worker threads) into state. */
export async function runBacktestShardInSession(shard: number, session: ToolSession, dependencies: ToolDependencies) {
  const spec = readState(session.state, STATE.spec);
  const validation = readState(session.state, STATE.validation);
  if (!spec || !validation?.ok) {
    throw new BacktestPilotError('step_out_of_order', 'the request has not been validated yet; run validate_request first');
  }
  const jobs = (await jobsForSpec(spec, validation.run_window, dependencies)).filter((_, index) => index % BACKTEST_SHARDS === shard);
  const results: BacktestResult[] = await runBacktestJobs(jobs);
  writeState(session.state, backtestShardKey(shard), results);
  return {
    shard,
    results: results.map((result) => ({
      symbol: result.symbol, strategy: result.strategy, params: result.params,
      total_return: result.metrics.total_return, sharpe_ratio: result.metrics.sharpe_ratio,
    })),
  };
}

export function createRunBacktestsTool(dependencies: ToolDependencies): FunctionTool<typeof RunBacktestsInputSchema> {
  return new FunctionTool({
    name: 'run_backtests',
    description:
      `Backtest one shard of the validated request's strategy × symbol jobs (the jobs are split into ${BACKTEST_SHARDS} shards that run in parallel). ` +
      'Full results go to session state; the reply lists each run\'s total return and Sharpe ratio.',
    parameters: RunBacktestsInputSchema,
    execute: (input, context) => returningUnsummarized(context, async () => roundForModel(await runBacktestShardInSession(input.shard, runSession(context!), dependencies))),
  });
}
