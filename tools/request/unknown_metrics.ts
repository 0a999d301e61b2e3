import { BacktestPilotError } from '../errors.js';
import { METRIC_KEYS } from '../risk/types.js';
import type { PlacedClause } from './read_clauses.js';

/** A target, ranking or optimisation on a measure no run reports is refused with the metrics that can be used, never dropped. */
export function checkUnknownMetrics(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  for (const { clause } of placed) {
    if (clause.kind !== 'unknown_metric') continue;
    return new BacktestPilotError('unknown_metric',
      `"${clause.written}" is not a metric a run reports, so it cannot be a target or a ranking; they can use ${METRIC_KEYS.join(', ')} (or their usual names, e.g. sharpe, max drawdown, win rate)`,
      { metric: clause.written, metrics: [...METRIC_KEYS] });
  }
  return undefined;
}
