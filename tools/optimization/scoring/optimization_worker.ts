/** Worker-thread entry: the metrics of a batch of candidates on one (shared-memory) series. */
import type { OhlcvSeries } from '../../data/types.js';
import { createIndicatorCache } from '../../strategy/indicator_cache.js';
import type { IndicatorCache, StrategyParams } from '../../strategy/types.js';
import { createCandidateRunner, type CandidateRunSettings } from './candidate_run.js';
import { METRIC_SLOTS, packMetrics } from './packed_metrics.js';

export interface CandidateBatchTask extends CandidateRunSettings {
  /** Columns in SharedArrayBuffers: posting the task shares them instead of copying. */
  series: OhlcvSeries;
  /** Parameter names, and each candidate's values in that order (candidates × names). */
  names: string[];
  values: Float64Array;
}

/** Series whose indicators a worker keeps between tasks (the iterations of one search reuse them). */
const CACHED_SERIES = 4;
const caches = new Map<string, IndicatorCache>();

function cacheFor(series: OhlcvSeries): IndicatorCache {
  let cache = caches.get(series.sha256);
  if (cache) {
    // Most recently used last, so the oldest is dropped first.
    caches.delete(series.sha256);
  } else {
    cache = createIndicatorCache();
    if (caches.size >= CACHED_SERIES) caches.delete(caches.keys().next().value!);
  }
  caches.set(series.sha256, cache);
  return cache;
}

export default function evaluateCandidateBatch(task: CandidateBatchTask): Float64Array {
  const count = task.values.length / task.names.length || 0;
  const output = new Float64Array(count * METRIC_SLOTS);
  const { names, values } = task;
  const run = createCandidateRunner(task.series, task, cacheFor(task.series));
  for (let candidate = 0; candidate < count; candidate++) {
    const params: StrategyParams = {};
    for (let index = 0; index < names.length; index++) params[names[index]!] = values[candidate * names.length + index]!;
    packMetrics(run(params), output, candidate * METRIC_SLOTS);
  }
  return output;
}
