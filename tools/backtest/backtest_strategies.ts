import { BacktestPilotError } from '../errors.js';
import { loadManySeries } from '../data/index.js';
import type { OhlcvSeries } from '../data/types.js';
import { rankResults } from '../risk/index.js';
import type { MetricKey } from '../risk/types.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import type { BacktestResult } from './backtest_result.js';
import { BacktestRequestSchema, type BacktestRequestInput } from './backtest_request.js';
import { resolveEngineSettings } from './engine_settings.js';
import type { BacktestJob } from './backtest_job.js';
import { runBacktestJobs, type ParallelMode } from './worker_pool.js';

export interface DataContext {
  dataDir: string;
  cacheDir?: string;
  riskFreeRate?: number;
  /** Worker threads for heavy batches (`auto`), always, or never. */
  parallel?: ParallelMode;
}

export interface BacktestRun {
  /** Ranked best first by `rank_by`. */
  results: BacktestResult[];
  rank_by: MetricKey;
  notes: string[];
}

function validationError(issues: { path: PropertyKey[]; message: string }[]): BacktestPilotError {
  const details = issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
  return new BacktestPilotError('bad_input', `invalid backtest request: ${details.join('; ')}`, { issues: details });
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
  const range = { start: request.start, end: request.end };
  const seriesList = await loadManySeries(request.symbols, {
    dataDir: context.dataDir, cacheDir: context.cacheDir, interval: request.interval, range,
  });
  const jobs = seriesList.flatMap((series: OhlcvSeries) => request.strategies.map((selection): BacktestJob => ({
    series, strategy: selection.name, params: selection.params, range, settings, riskFreeRate: context.riskFreeRate,
  })));
  const results = await runBacktestJobs(jobs, context.parallel);
  const rankBy = request.rank_by as MetricKey;
  return {
    results: rankResults(results, rankBy),
    rank_by: rankBy,
    notes: [...new Set(results.flatMap((result) => result.notes))],
  };
}
