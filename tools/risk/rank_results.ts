import { BacktestPilotError } from '../errors.js';
import { assertMetricKey, metricDirection, type RankDirection } from './metric_direction.js';
import type { MetricKey, PerformanceMetrics } from './types.js';

/**
 * A new array, best first by `metric` (default: the metric's natural direction). Stable, so ties
 * keep their input order; runs where the metric is `null` go last whatever the direction.
 */
export function rankResults<T extends { metrics: PerformanceMetrics }>(
  results: T[],
  metric: MetricKey,
  direction?: RankDirection,
): T[] {
  assertMetricKey(metric);
  const order = direction ?? metricDirection(metric);
  if (order !== 'desc' && order !== 'asc') {
    throw new BacktestPilotError('invalid_argument', `rank direction must be "desc" or "asc", got "${String(order)}"`, { direction: order });
  }
  const sign = order === 'desc' ? -1 : 1;
  return [...results].sort((left, right) => {
    const a = left.metrics[metric];
    const b = right.metrics[metric];
    if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
    return sign * (a - b);
  });
}
