import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { newThreadPool } from './new_thread_pool.js';
import type { BacktestResult } from './backtest_result.js';
import type { BacktestJob } from './backtest_job.js';
import runBacktestBatch, { summarizeBacktestBatch } from './backtest_worker.js';
import type { BacktestSummary } from './backtest_summary.js';
import { shareSeries } from './shared_series.js';
import { findWorkerScript } from './worker_script.js';

/**
 * Below this many bar-backtests (bars × jobs) a batch runs in-process: starting threads and
 * posting jobs costs more than the work (one daily-history backtest takes tens of microseconds;
 * see `npm run bench`). Above it, jobs spread over every core.
 */
export const WORKER_THRESHOLD_BAR_RUNS = 2_000_000;

export type ParallelMode = 'auto' | 'workers' | 'in_process';

/** Where the build puts the worker-thread entry: the bundled CLI runs from dist/cli/ and finds it here. */
export const BACKTEST_WORKER_DIST_FOLDER = 'dist/tools/backtest';

let pool: Piscina | undefined;

/** The worker threads, or undefined when no worker entry can be found (then batches run in-process). */
export function getPool(): Piscina | undefined {
  if (pool) return pool;
  const script = findWorkerScript(import.meta.url, 'backtest_worker', BACKTEST_WORKER_DIST_FOLDER);
  if (!script) return undefined;
  pool = newThreadPool({ ...script, maxThreads: availableParallelism(), minThreads: 0, idleTimeout: 2_000 });
  return pool;
}

/** Stops the worker threads (for one-shot commands and tests); a later batch starts new ones. */
export async function closeWorkerPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}

function barRuns(jobs: readonly BacktestJob[]): number {
  return jobs.reduce((sum, job) => sum + job.series.close.length, 0);
}

/** Deals jobs round-robin into `count` batches, keeping each job's index to restore the order. */
function dealJobs(jobs: readonly BacktestJob[], count: number): Array<{ indices: number[]; jobs: BacktestJob[] }> {
  const batches = Array.from({ length: count }, () => ({ indices: [] as number[], jobs: [] as BacktestJob[] }));
  jobs.forEach((job, index) => {
    const batch = batches[index % count]!;
    batch.indices.push(index);
    batch.jobs.push({ ...job, series: shareSeries(job.series) });
  });
  return batches.filter((batch) => batch.jobs.length > 0);
}

/**
 * Runs backtest jobs and returns results in job order. `auto` uses worker threads (all cores)
 * only when the batch is heavy enough to pay for them.
 */
export function runBacktestJobs(jobs: readonly BacktestJob[], mode: ParallelMode = 'auto'): Promise<BacktestResult[]> {
  return runJobs(jobs, mode, { name: 'default', inProcess: runBacktestBatch });
}

/** As runBacktestJobs, keeping only each result's summary (its curves hashed, not kept). */
export function summarizeBacktestJobs(jobs: readonly BacktestJob[], mode: ParallelMode = 'auto'): Promise<BacktestSummary[]> {
  return runJobs(jobs, mode, { name: 'summarizeBacktestBatch', inProcess: summarizeBacktestBatch });
}

async function runJobs<T>(jobs: readonly BacktestJob[], mode: ParallelMode, entry: { name: string; inProcess: (batch: { jobs: BacktestJob[] }) => T[] }): Promise<T[]> {
  const useWorkers = mode === 'workers' || (mode === 'auto' && barRuns(jobs) >= WORKER_THRESHOLD_BAR_RUNS);
  const workers = useWorkers && jobs.length > 0 ? getPool() : undefined;
  if (!workers) return entry.inProcess({ jobs: [...jobs] });
  const batches = dealJobs(jobs, Math.min(jobs.length, workers.options.maxThreads * 2));
  const outputs = await Promise.all(batches.map((batch) => workers.run({ jobs: batch.jobs }, { name: entry.name }) as Promise<T[]>));
  const results = new Array<T>(jobs.length);
  batches.forEach((batch, batchIndex) => {
    batch.indices.forEach((jobIndex, position) => { results[jobIndex] = outputs[batchIndex]![position]!; });
  });
  return results;
}
