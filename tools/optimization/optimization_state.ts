import type { PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';
import type { ScoredCandidate } from './objective/objective.js';
import type { ClosedDateWindow } from '../dates/date_window.js';
import type { SearchMethodName } from './methods/search_context.js';
import type { TargetSearchProgress } from './search/target_search.js';

/** How the chosen parameters of a combo hold up on the held-out part, filled in when the search ends. */
export interface ComboAssessment {
  out_of_sample: PerformanceMetrics;
  out_of_sample_targets_met: boolean | null;
  deflated_sharpe_ratio: number | null;
  overfitting_warning: string | null;
}

/** The search of one strategy on one symbol. */
export interface OptimizationCombo extends TargetSearchProgress {
  symbol: string;
  strategy: string;
  start_params: StrategyParams;
  in_sample_range: ClosedDateWindow;
  out_of_sample_range: ClosedDateWindow;
  assessment: ComboAssessment | null;
}

export type OptimizationState =
  | { status: 'not_requested' }
  | {
      status: 'running' | 'targets_met' | 'best_attempt';
      iteration: number;
      max_iterations: number;
      /** The methods of the iterations so far, in order. */
      methods: SearchMethodName[];
      trials: number;
      combos: OptimizationCombo[];
      /** The best candidate over every combo by the objective, with its held-out figures once the search ends. */
      best: (ScoredCandidate & Pick<OptimizationCombo, 'symbol' | 'strategy' | 'in_sample_range' | 'out_of_sample_range' | 'assessment'>) | null;
      objective: string;
    };
