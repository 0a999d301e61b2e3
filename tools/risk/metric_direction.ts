import { BacktestPilotError } from '../errors.js';
import { METRIC_KEYS, type MetricKey } from './types.js';

export type RankDirection = 'desc' | 'asc';

/**
 * The order that puts the best run first: higher is better for every metric but volatility.
 * max_drawdown is a negative fraction, so closer to 0 (better) is also 'desc'.
 */
export function metricDirection(metric: MetricKey): RankDirection {
  assertMetricKey(metric);
  return metric === 'volatility' ? 'asc' : 'desc';
}

/** Metric names arrive from users and the model, so check them at run time too. */
export function assertMetricKey(metric: string): asserts metric is MetricKey {
  if (!(METRIC_KEYS as readonly string[]).includes(metric)) {
    throw new BacktestPilotError('unknown_metric', `unknown metric "${metric}"; allowed: ${METRIC_KEYS.join(', ')}`, {
      metric,
      allowed: [...METRIC_KEYS],
    });
  }
}
