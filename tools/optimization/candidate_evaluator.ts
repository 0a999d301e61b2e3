import type { Piscina } from 'piscina';
import { findRangeIndices } from '../backtest/date_range.js';
import { shareSeries } from '../backtest/shared_series.js';
import { WORKER_THRESHOLD_BAR_RUNS, type ParallelMode } from '../backtest/worker_pool.js';
import type { OhlcvSeries } from '../data/types.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import { SimulationWorkspace } from '../strategy/engine/simulation_workspace.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import type { StrategyParams } from '../strategy/types.js';
import { runCandidate, type CandidateRunSettings } from './candidate_run.js';
import { scoreCandidate, type ScoredCandidate } from './objective.js';
import { getOptimizationPool, runCandidateBatch } from './optimization_pool.js';
import { METRIC_SLOTS, unpackMetrics } from './packed_metrics.js';
import type { EvaluateCandidates } from './search_iteration.js';
import type { Targets } from './targets.js';

export interface CandidateEvaluation extends CandidateRunSettings {
  series: OhlcvSeries;
  targets: Targets;
  rankBy: MetricKey;
  /** Worker threads for heavy batches (`auto`), always, or never. */
  parallel?: ParallelMode;
}

/** Tasks per thread: enough for even load and a smooth progress bar, few enough that posting them is free. */
const TASKS_PER_THREAD = 8;
const MIN_TASK_CANDIDATES = 32;

/** Candidates dealt into contiguous slices, so each task's candidates share more indicator windows. */
function slices(count: number, parts: number): Array<[number, number]> {
  const size = Math.max(MIN_TASK_CANDIDATES, Math.ceil(count / parts));
  const result: Array<[number, number]> = [];
  for (let first = 0; first < count; first += size) result.push([first, Math.min(count, first + size)]);
  return result;
}

async function metricsOnWorkers(
  workers: Piscina, evaluation: CandidateEvaluation, candidates: readonly StrategyParams[], onEvaluated?: (count: number) => void,
): Promise<Array<PerformanceMetrics | null>> {
  const names = Object.keys(candidates[0]!);
  const series = shareSeries(evaluation.series);
  const { strategy, range, settings, riskFreeRate } = evaluation;
  const metrics = new Array<PerformanceMetrics | null>(candidates.length);
  let evaluated = 0;
  await Promise.all(slices(candidates.length, workers.options.maxThreads * TASKS_PER_THREAD).map(async ([first, end]) => {
    const values = new Float64Array((end - first) * names.length);
    for (let candidate = first; candidate < end; candidate++) {
      names.forEach((name, index) => { values[(candidate - first) * names.length + index] = candidates[candidate]![name]!; });
    }
    const packed = await runCandidateBatch(workers, { series, strategy, range, settings, riskFreeRate, names, values });
    for (let candidate = first; candidate < end; candidate++) metrics[candidate] = unpackMetrics(packed, (candidate - first) * METRIC_SLOTS);
    evaluated += end - first;
    onEvaluated?.(evaluated);
  }));
  return metrics;
}

/**
 * Scores candidates of one strategy on one series and window. In-process, one indicator cache and
 * one set of output buffers serve every candidate of the search (indicators of a window are
 * computed once); a batch heavy enough to pay for threads (`auto`: candidates × bars above the
 * backtest pool's threshold) is sliced over worker threads, which read the series from shared
 * memory and keep their own indicator cache per series across batches.
 */
export function createCandidateEvaluator(evaluation: CandidateEvaluation): EvaluateCandidates {
  const indicators = createIndicatorCache();
  const workspace = new SimulationWorkspace();
  const { startIndex, endIndex } = findRangeIndices(evaluation.series.time, evaluation.range, evaluation.series.intervalMs);
  const bars = endIndex - startIndex + 1;
  const mode = evaluation.parallel ?? 'auto';
  return async (candidates, onEvaluated) => {
    if (candidates.length === 0) return [];
    const useWorkers = mode === 'workers' || (mode === 'auto' && candidates.length * bars >= WORKER_THRESHOLD_BAR_RUNS);
    const workers = useWorkers ? getOptimizationPool() : undefined;
    const metrics = workers
      ? await metricsOnWorkers(workers, evaluation, candidates, onEvaluated)
      : candidates.map((params) => runCandidate(evaluation.series, evaluation, params, indicators, workspace)?.metrics ?? null);
    const scored: ScoredCandidate[] = [];
    candidates.forEach((params, index) => {
      const candidateMetrics = metrics[index];
      if (candidateMetrics) scored.push({ params, metrics: candidateMetrics, ...scoreCandidate(candidateMetrics, evaluation.targets, evaluation.rankBy) });
    });
    if (!workers) onEvaluated?.(candidates.length);
    return scored;
  };
}
