import { metricDirection } from '../risk/index.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import type { SearchSpace, StrategyParams } from '../strategy/types.js';
import { coarseGrid, neighbourhood, seededRandom, uniqueCandidates } from './candidates.js';
import { evaluateTargets, type TargetEvaluation, type Targets } from './targets.js';

/** Bounded target-driven search: at most this many iterations, the LoopAgent's limit too. */
export const MAX_TARGET_ITERATIONS = 5;
const BATCH_SIZE = 48;
const MISSING_SCORE = -1e9;

export interface ScoredCandidate {
  params: StrategyParams;
  score: number;
  metrics: PerformanceMetrics;
  targets: TargetEvaluation | null;
}

export interface SearchProgress {
  /** Iterations completed so far. */
  iteration: number;
  trials: number;
  best: ScoredCandidate | null;
}

/**
 * The objective: with targets, the worst normalised margin (≥ 0 when all hold); without, the
 * ranking metric itself, signed so that larger is always better.
 */
export function scoreCandidate(metrics: PerformanceMetrics, targets: Targets, rankBy: MetricKey): Pick<ScoredCandidate, 'score' | 'targets'> {
  if (Object.keys(targets).length > 0) {
    const evaluation = evaluateTargets(metrics, targets);
    return { score: evaluation.score, targets: evaluation };
  }
  const value = metrics[rankBy];
  const sign = metricDirection(rankBy) === 'desc' ? 1 : -1;
  return { score: value === null ? MISSING_SCORE : sign * value, targets: null };
}

/**
 * The candidates of the next iteration: first a coarse grid over the whole space (plus the
 * starting parameters), then ever-tighter neighbourhoods of the best point so far.
 */
export function nextCandidates(space: SearchSpace, start: StrategyParams, progress: SearchProgress, seed: number): StrategyParams[] {
  if (Object.keys(space).length === 0) return progress.iteration === 0 ? [start] : [];
  if (progress.iteration === 0 || !progress.best) return uniqueCandidates([start, ...coarseGrid(space, BATCH_SIZE)]);
  const radius = 0.25 / 2 ** (progress.iteration - 1);
  const random = seededRandom(seed + progress.iteration);
  return uniqueCandidates(neighbourhood(space, progress.best.params, radius, BATCH_SIZE, random));
}

/** Folds scored candidates into the progress: keeps the best, counts the trials. */
export function recordIteration(progress: SearchProgress, scored: readonly ScoredCandidate[]): SearchProgress {
  let best = progress.best;
  for (const candidate of scored) if (!best || candidate.score > best.score) best = candidate;
  return { iteration: progress.iteration + 1, trials: progress.trials + scored.length, best };
}
