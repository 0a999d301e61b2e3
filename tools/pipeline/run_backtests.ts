import type { BacktestJob } from '../backtest/backtest_job.js';
import type { BacktestResult } from '../backtest/backtest_result.js';
import { runBacktestJobs, type ParallelMode } from '../backtest/worker_pool.js';
import { rankResults } from '../risk/rank_results.js';
import type { MetricKey } from '../risk/types.js';

export interface BacktestRun {
  /** Ranked best first by `rank_by`. */
  results: BacktestResult[];
  rank_by: MetricKey;
  /** Every result's notes, each once. */
  notes: string[];
}

/** Runs planned jobs (worker threads for heavy batches) and ranks the results. */
export async function runBacktests(jobs: readonly BacktestJob[], options: { rankBy: MetricKey; parallel?: ParallelMode }): Promise<BacktestRun> {
  const results = await runBacktestJobs(jobs, options.parallel);
  return {
    results: rankResults(results, options.rankBy),
    rank_by: options.rankBy,
    notes: [...new Set(results.flatMap((result) => result.notes))],
  };
}
