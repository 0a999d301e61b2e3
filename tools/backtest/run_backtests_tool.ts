import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { loadManySeries } from '../data/load_series.js';
import { BacktestPilotError } from '../errors.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { ValidationState } from '../request/validate_request_tool.js';
import { STATE_KEYS, type ToolSession } from '../session_state.js';
import type { ToolDependencies } from '../tool_dependencies.js';
import { returningErrors } from '../tool_response.js';
import type { BacktestJob } from './backtest_job.js';
import type { BacktestResult } from './backtest_result.js';
import { resolveEngineSettings } from './engine_settings.js';
import { runBacktestJobs } from './worker_pool.js';

/** The BacktestAgent fans out over this many parallel shards (one per core of the target machine). */
export const BACKTEST_SHARDS = 2;

export const RunBacktestsInputSchema = z.object({
  shard: z.number().int().min(0).max(BACKTEST_SHARDS - 1)
    .describe(`Which share of the strategy × symbol jobs to run: 0 to ${BACKTEST_SHARDS - 1}`),
});

export function shardStateKey(shard: number): string {
  return `${STATE_KEYS.backtestShardPrefix}${shard}`;
}

/** Every strategy × symbol job of the request, in a fixed order (symbol-major). */
export async function requestJobs(spec: RequestSpec, validation: Extract<ValidationState, { ok: true }>, dependencies: ToolDependencies): Promise<BacktestJob[]> {
  const seriesList = await loadManySeries(spec.symbols, {
    dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir, range: validation.run_window, ...(spec.interval === undefined ? {} : { interval: spec.interval }),
  });
  const settings = resolveEngineSettings({
    initial_capital: spec.initial_capital, fees_bps: spec.fees_bps,
    slippage_bps: spec.slippage_bps, allow_short: spec.allow_short,
  });
  return seriesList.flatMap((series) => spec.strategies.map((strategy) => ({
    series, strategy: strategy.name, params: strategy.params, range: validation.run_window, settings, riskFreeRate: dependencies.riskFreeRate,
  })));
}

/** Runs this shard's jobs (every BACKTEST_SHARDS-th, heavy batches on worker threads) into state. */
export async function runBacktestShardInSession(shard: number, session: ToolSession, dependencies: ToolDependencies) {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  const validation = session.state.get<ValidationState | null>(STATE_KEYS.validation);
  if (!spec || !validation?.ok) {
    throw new BacktestPilotError('bad_input', 'the request has not been validated yet; run validate_request first');
  }
  const jobs = (await requestJobs(spec, validation, dependencies)).filter((_, index) => index % BACKTEST_SHARDS === shard);
  const results: BacktestResult[] = await runBacktestJobs(jobs);
  session.state.set(shardStateKey(shard), results);
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
    execute: (input, context) => returningErrors(() => runBacktestShardInSession(input.shard, context!, dependencies)),
  });
}
