import { METHOD_DESCRIPTIONS } from '../../tools/optimization/methods/index.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { METRIC_PROSE_NAMES } from '../../tools/report/metric_names.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import type { MetricKey } from '../../tools/risk/types.js';
import { roundForModel } from './model_view.js';

/**
 * One line per iteration of the parameter search: the text of the step's event, which the CLI
 * shows while the loop runs (`btp ask`'s progress) and a model reads as context later. The trial
 * logs stay in the run's values for the report and the experiment.
 */
export function describeOptimizationStep(state: OptimizationState, objectiveMetrics: readonly MetricKey[]): string {
  if (state.status === 'not_requested') return 'No optimisation was asked for.';
  const method = state.methods.at(-1);
  const methodText = method === undefined ? 'no method yet' : METHOD_DESCRIPTIONS[method];
  const best = state.best;
  const params = best ? Object.entries(roundForModel(best.params)).map(([name, value]) => `${name} ${value}`).join(', ') : '';
  // The figures the search steers by: a search ranked by Sortino reports its Sortino ratio, not a Sharpe ratio.
  const figures = objectiveMetrics.map((metric) => `${METRIC_PROSE_NAMES[metric]} ${formatMetric(metric, best?.metrics[metric] ?? null)}`).join(', ');
  const bestText = best ? `; best so far ${best.symbol} ${best.strategy} (${params}), in-sample ${figures}` : '';
  return `Optimisation iteration ${state.iteration} (${methodText}): ${state.trials} parameter sets tried${bestText}; status ${state.status}.`;
}
