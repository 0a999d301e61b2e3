import { BacktestPilotError } from '../errors.js';
import { planJobs } from '../pipeline/plan_jobs.js';
import { runBacktests, type BacktestRun } from '../pipeline/run_backtests.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import { BacktestRequestSchema, type BacktestRequestInput } from './backtest_request.js';
import { resolveEngineSettings } from './engine_settings.js';
import type { ParallelMode } from './worker_pool.js';

export interface DataContext {
  dataDir: string;
  cacheDir?: string;
  riskFreeRate?: number;
  /** Worker threads for heavy batches (`auto`), always, or never. */
  parallel?: ParallelMode;
}

function validationError(issues: { path: PropertyKey[]; message: string }[]): BacktestPilotError {
  const details = issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
  return new BacktestPilotError('bad_request', `invalid backtest request: ${details.join('; ')}`, { issues: details });
}

/**
 * Every strategy on every symbol: validates the whole request before loading anything (unknown
 * strategies and bad parameters fail fast), loads the symbols concurrently, runs, ranks.
 */
export async function backtestStrategies(input: BacktestRequestInput, context: DataContext): Promise<BacktestRun> {
  const parsed = BacktestRequestSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const request = parsed.data;
  const settings = resolveEngineSettings(request);
  for (const selection of request.strategies) {
    getStrategy(selection.name);
    resolveStrategyParams(selection.name, selection.params);
  }
  const { jobs } = await planJobs({
    symbols: request.symbols, strategies: request.strategies, window: { start: request.start, end: request.end },
    settings, riskFreeRate: context.riskFreeRate, interval: request.interval,
  }, context);
  return runBacktests(jobs, { rankBy: request.rank_by, parallel: context.parallel });
}
