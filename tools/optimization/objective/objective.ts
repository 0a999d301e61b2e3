import { metricDirection } from '../../risk/index.js';
import type { MetricKey, PerformanceMetrics } from '../../risk/types.js';
import type { StrategyParams } from '../../strategy/types.js';
import { MISSING_SCORE, evaluateTargets, type TargetEvaluation, type Targets } from './targets.js';

/** One parameter set with its metrics and its score under the objective (larger is better). */
export interface ScoredCandidate {
  params: StrategyParams;
  score: number;
  metrics: PerformanceMetrics;
  targets: TargetEvaluation | null;
}

/** Scores metrics under one objective; made once per search (a grid scores tens of thousands). */
export type ScoreMetrics = (metrics: PerformanceMetrics) => Pick<ScoredCandidate, 'score' | 'targets'>;

/**
 * The objective: with targets, the worst normalised margin over them (≥ 0 exactly when every target
 * holds; maximising it moves the target furthest from being met first); without, the ranking
 * metric itself, signed so that larger is always better.
 */
export function createScorer(targets: Targets, rankBy: MetricKey): ScoreMetrics {
  if (Object.keys(targets).length > 0) {
    return (metrics) => {
      const evaluation = evaluateTargets(metrics, targets);
      return { score: evaluation.score, targets: evaluation };
    };
  }
  const sign = metricDirection(rankBy) === 'desc' ? 1 : -1;
  return (metrics) => {
    const value = metrics[rankBy];
    return { score: value === null ? MISSING_SCORE : sign * value, targets: null };
  };
}

export function scoreCandidate(metrics: PerformanceMetrics, targets: Targets, rankBy: MetricKey): Pick<ScoredCandidate, 'score' | 'targets'> {
  return createScorer(targets, rankBy)(metrics);
}

/** The metrics the objective reads: the targets' when there are any, else the ranking metric. */
export function objectiveMetrics(targets: Targets, rankBy: MetricKey): MetricKey[] {
  const names = Object.keys(targets) as MetricKey[];
  return names.length > 0 ? names : [rankBy];
}

/** In words, for reports and the CLI. */
export function describeObjective(targets: Targets, rankBy: MetricKey): string {
  const names = Object.keys(targets);
  return names.length > 0
    ? `meet every target (${names.join(', ')}); the score is the worst normalised margin, ≥ 0 when all hold`
    : `maximise ${rankBy}`;
}
