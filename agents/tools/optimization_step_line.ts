import { METHOD_DESCRIPTIONS } from '../../tools/optimization/methods/index.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import { roundForModel } from './model_view.js';

/**
 * One line per iteration of the parameter search: the text of the step's event, which the CLI
 * shows while the loop runs (`btp ask`'s progress) and a model reads as context later. The trial
 * logs stay in the run's values for the report and the experiment.
 */
export function describeOptimizationStep(state: OptimizationState): string {
  if (state.status === 'not_requested') return 'No optimisation was asked for.';
  const method = state.methods.at(-1);
  const methodText = method === undefined ? 'no method yet' : METHOD_DESCRIPTIONS[method];
  const best = state.best;
  const params = best ? Object.entries(roundForModel(best.params)).map(([name, value]) => `${name} ${value}`).join(', ') : '';
  const bestText = best ? `; best so far ${best.symbol} ${best.strategy} (${params}), in-sample Sharpe ratio ${formatMetric('sharpe_ratio', best.metrics.sharpe_ratio)}` : '';
  return `Optimisation iteration ${state.iteration} (${methodText}): ${state.trials} parameter sets tried${bestText}; status ${state.status}.`;
}
