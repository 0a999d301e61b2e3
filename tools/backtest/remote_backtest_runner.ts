import type { BacktestJob } from './backtest_job.js';
import type { BacktestSummary } from './backtest_summary.js';

/**
 * Where a batch sweep's backtests run when not in this process (a worker fleet): one call per
 * slice of at most `jobSize` jobs, answered with their summaries in job order.
 */
export interface RemoteBacktestRunner {
  jobSize: number;
  run(jobs: readonly BacktestJob[]): Promise<BacktestSummary[]>;
}
