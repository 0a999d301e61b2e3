import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import type { StrategyParams } from '../../tools/strategy/types.js';

/** What the step tool answers the model: the state without the trial logs. */
export interface OptimizeStepReply {
  status: OptimizationState['status'];
  iteration?: number;
  method?: string;
  trials?: number;
  best?: { symbol: string; strategy: string; params: StrategyParams; sharpe_ratio: number | null; score: number } | null;
  /** The portfolio's weight search, when the request has one. */
  portfolio_weights?: {
    status: WeightSearchState['status']; iteration: number; trials: number;
    best: { weights: Record<string, number>; sharpe_ratio: number | null; all_targets_met: boolean } | null;
  };
}

/** One line per iteration: what the CLI shows while the loop runs (`btp ask`'s progress). */
export function describeOptimizationStep(reply: OptimizeStepReply): string {
  if (reply.status === 'not_requested') return 'No optimisation was asked for.';
  const best = reply.best;
  const params = best ? Object.entries(best.params).map(([name, value]) => `${name} ${value}`).join(', ') : '';
  const bestText = best ? `; best so far ${best.symbol} ${best.strategy} (${params}), in-sample Sharpe ratio ${formatMetric('sharpe_ratio', best.sharpe_ratio)}` : '';
  return `Optimisation iteration ${reply.iteration} (${reply.method}): ${reply.trials} parameter sets tried${bestText}; status ${reply.status}.`;
}

