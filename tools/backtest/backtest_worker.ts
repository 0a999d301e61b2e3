/** Worker-thread entry: runs a batch of backtests and returns their JSON results, or only their summaries. */
import type { IndicatorCache } from '../strategy/types.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import type { BacktestResult } from './backtest_result.js';
import type { BacktestBatch } from './backtest_job.js';
import { summarizeBacktest, type BacktestSummary } from './backtest_summary.js';
import { runBacktest } from './run_backtest.js';

export default function runBacktestBatch(batch: BacktestBatch): BacktestResult[] {
  return mapBatch(batch, (result) => result);
}

/** Summaries only: a batch sweep's thousands of runs never hold their curves all at once, nor copy them between threads. */
export function summarizeBacktestBatch(batch: BacktestBatch): BacktestSummary[] {
  return mapBatch(batch, summarizeBacktest);
}

function mapBatch<T>(batch: BacktestBatch, keep: (result: BacktestResult) => T): T[] {
  // Jobs on the same series (same file hash) share one indicator cache; a series with a single
  // job gets none, so its run need not keep whole indicator series (IndicatorCache.sharedAcrossRuns).
  const jobsPerSeries = new Map<string, number>();
  for (const job of batch.jobs) jobsPerSeries.set(job.series.sha256, (jobsPerSeries.get(job.series.sha256) ?? 0) + 1);
  const caches = new Map<string, IndicatorCache>();
  const cacheFor = (sha256: string): IndicatorCache | undefined => {
    if (jobsPerSeries.get(sha256)! < 2) return undefined;
    let cache = caches.get(sha256);
    if (!cache) caches.set(sha256, (cache = createIndicatorCache()));
    return cache;
  };
  return batch.jobs.map((job) => keep(runBacktest(job.series, { ...job, indicators: cacheFor(job.series.sha256) })));
}
