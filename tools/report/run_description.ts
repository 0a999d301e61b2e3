import { formatMetric } from '../risk/format_metric.js';
import type { MetricKey } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';
import type { ReportInput } from './report_input.js';

/** `sma_crossover (short 20, long 50)`, or the id alone for a strategy without parameters. */
export function describeRun(row: { strategy: string; params: StrategyParams }): string {
  const params = Object.values(row.params);
  return params.length > 0 ? `${row.strategy} (${Object.entries(row.params).map(([name, value]) => `${name} ${value}`).join(', ')})` : row.strategy;
}

/** `Sharpe ratio > 1.50, maximum drawdown >= -20.00%`. */
export function describeTargets(spec: ReportInput['spec']): string {
  return Object.entries(spec.targets)
    .map(([metric, target]) => `${METRIC_PROSE_NAMES[metric as MetricKey]} ${target!.operator} ${formatMetric(metric as MetricKey, target!.value)}`)
    .join(', ');
}
