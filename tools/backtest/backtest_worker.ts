/** Worker-thread entry: runs a batch of backtests and returns their JSON results. */
import type { IndicatorCache } from '../strategy/types.js';
import type { OhlcvSeries } from '../data/types.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import type { BacktestResult } from './backtest_result.js';
import type { BacktestBatch } from './backtest_job.js';
import { runBacktest } from './run_backtest.js';

export default function runBacktestBatch(batch: BacktestBatch): BacktestResult[] {
  // Jobs on the same series (same file hash) share one indicator cache.
  const caches = new Map<string, IndicatorCache>();
  const cacheFor = (series: OhlcvSeries) => {
    let cache = caches.get(series.sha256);
    if (!cache) caches.set(series.sha256, (cache = createIndicatorCache()));
    return cache;
  };
  return batch.jobs.map((job) => runBacktest(job.series, { ...job, indicators: cacheFor(job.series) }));
}
