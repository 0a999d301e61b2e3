import { findRangeIndices } from '../../backtest/date_range.js';
import { shareSeries } from '../../backtest/shared_series.js';
import { WORKER_THRESHOLD_BAR_RUNS, type ParallelMode } from '../../backtest/worker_pool.js';
import type { OhlcvSeries } from '../../data/types.js';
import type { MetricKey, PerformanceMetrics } from '../../risk/types.js';
import { createIndicatorCache } from '../../strategy/indicator_cache.js';
import type { StrategyParams } from '../../strategy/types.js';
import { createCandidateRunner, type CandidateRunSettings } from './candidate_run.js';
import { createScorer, type ScoreMetrics, type ScoredCandidate } from '../objective/objective.js';
import { getOptimizationPool, runCandidateBatch } from './optimization_pool.js';
import type { CandidateBatchTask } from './optimization_worker.js';
import { METRIC_SLOTS, unpackMetrics } from './packed_metrics.js';
import type { RemoteBatchScorer } from './remote_batch_scorer.js';
import type { EvaluateCandidates } from '../search/search_iteration.js';
import type { Targets } from '../objective/targets.js';

export interface CandidateEvaluation extends CandidateRunSettings {
  series: OhlcvSeries;
  targets: Targets;
  rankBy: MetricKey;
  /** Worker threads for heavy batches (`auto`), always, or never. */
  parallel?: ParallelMode;
  /** A worker fleet that scores every batch instead of this process (`btp optimize --queue`). */
  remote?: RemoteBatchScorer;
}

/** Tasks per thread: enough for even load and a smooth progress bar, few enough that posting them is free. */
const TASKS_PER_THREAD = 16;
const MIN_TASK_CANDIDATES = 32;

/** Candidates dealt into contiguous slices of `size`, so each task's candidates share more indicator windows. */
function slices(count: number, size: number): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  for (let first = 0; first < count; first += size) result.push([first, Math.min(count, first + size)]);
  return result;
}

/** A scored candidate, or undefined for one the strategy rejected. */
function scored(scorer: ScoreMetrics, params: StrategyParams, metrics: PerformanceMetrics | null): ScoredCandidate | undefined {
  if (!metrics) return undefined;
  const { score, targets } = scorer(metrics);
  return { params, score, metrics, targets };
}

/** Each task's results are unpacked and scored as it returns, while the other tasks still run. */
async function scoreInTasks(
  runTask: (task: CandidateBatchTask) => Promise<Float64Array>, series: OhlcvSeries, evaluation: CandidateEvaluation, scorer: ScoreMetrics,
  candidates: readonly StrategyParams[], taskSize: number, onEvaluated?: (count: number) => void,
): Promise<ScoredCandidate[]> {
  const names = Object.keys(candidates[0]!);
  const { strategy, range, settings, riskFreeRate } = evaluation;
  const results = new Array<ScoredCandidate | undefined>(candidates.length);
  let evaluated = 0;
  await Promise.all(slices(candidates.length, taskSize).map(async ([first, end]) => {
    const values = new Float64Array((end - first) * names.length);
    for (let candidate = first; candidate < end; candidate++) {
      const params = candidates[candidate]!;
      for (let index = 0; index < names.length; index++) values[(candidate - first) * names.length + index] = params[names[index]!]!;
    }
    const packed = await runTask({ series, strategy, range, settings, riskFreeRate, names, values });
    for (let candidate = first; candidate < end; candidate++) {
      results[candidate] = scored(scorer, candidates[candidate]!, unpackMetrics(packed, (candidate - first) * METRIC_SLOTS));
    }
    evaluated += end - first;
    onEvaluated?.(evaluated);
  }));
  return results.filter((candidate) => candidate !== undefined);
}

/**
 * Scores candidates of one strategy on one series and window. In-process, one indicator cache and
 * one set of output buffers serve every candidate of the search (indicators of a window are
 * computed once); a batch heavy enough to pay for threads (`auto`: candidates × bars above the
 * backtest pool's threshold) is sliced over worker threads, which read the series from shared
 * memory and keep their own indicator cache per series across batches.
 */
export function createCandidateEvaluator(evaluation: CandidateEvaluation): EvaluateCandidates {
  const runInProcess = createCandidateRunner(evaluation.series, evaluation, createIndicatorCache());
  const scorer = createScorer(evaluation.targets, evaluation.rankBy);
  const { startIndex, endIndex } = findRangeIndices(evaluation.series.time, evaluation.range, evaluation.series.intervalMs);
  const bars = endIndex - startIndex + 1;
  const mode = evaluation.parallel ?? 'auto';
  return async (candidates, { onEvaluated, burstSize = candidates.length } = {}) => {
    if (candidates.length === 0) return [];
    const { remote } = evaluation;
    if (remote) return scoreInTasks((task) => remote.score(task), evaluation.series, evaluation, scorer, candidates, remote.batchSize, onEvaluated);
    const useWorkers = mode === 'workers' || (mode === 'auto' && Math.max(burstSize, candidates.length) * bars >= WORKER_THRESHOLD_BAR_RUNS);
    const workers = useWorkers ? getOptimizationPool() : undefined;
    if (workers) {
      // A chunk of a burst gets its share of the burst's tasks, so the tasks stay the same size.
      const tasks = Math.ceil((workers.options.maxThreads * TASKS_PER_THREAD * candidates.length) / Math.max(burstSize, candidates.length));
      const taskSize = Math.max(MIN_TASK_CANDIDATES, Math.ceil(candidates.length / tasks));
      return scoreInTasks((task) => runCandidateBatch(workers, task), shareSeries(evaluation.series), evaluation, scorer, candidates, taskSize, onEvaluated);
    }
    const results = candidates.flatMap((params) => scored(scorer, params, runInProcess(params)) ?? []);
    onEvaluated?.(candidates.length);
    return results;
  };
}
