import { BacktestPilotError } from '../../tools/errors.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import type { MetricKey } from '../../tools/risk/types.js';
import { objectiveMetrics } from '../../tools/optimization/objective/objective.js';
import { isOptimised, stepOptimization } from '../../tools/pipeline/optimization_step.js';
import { jobsForSpec } from '../../tools/pipeline/spec_jobs.js';
import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import { stepSpecWeightSearch, wantsWeightSearch } from '../../tools/portfolio/portfolio_from_spec.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { placeRequestSearch } from './queue_exhaustive_search.js';

/** What one iteration of the search left in session state, and whether the search is over. */
export interface OptimizationStep {
  state: OptimizationState;
  weights: WeightSearchState | null;
  /** Every search has finished, or none was asked for: the OptimizationAgent's loop ends here. */
  finished: boolean;
  /** What the search steers by (the targets' metrics, else the ranking metric), for its progress line. */
  objectiveMetrics: MetricKey[];
}

/**
 * One iteration of the OptimizationAgent's loop (see `stepOptimization`), reading the request from
 * session state and writing the searches' progress back to it.
 */
export async function optimizeStepInSession(session: ToolSession, dependencies: ToolDependencies): Promise<OptimizationStep> {
  const spec = readState(session.state, STATE.spec);
  const validation = readState(session.state, STATE.validation);
  if (!spec || !validation?.ok) throw new BacktestPilotError('step_out_of_order', 'the request has not been validated yet; run validate_request first');
  if (!spec.optimization_required) {
    const state: OptimizationState = { status: 'not_requested' };
    writeState(session.state, STATE.optimization, state);
    return { state, weights: null, finished: true, objectiveMetrics: [] };
  }
  // The parameter search and the portfolio's weight search run side by side; each stops on its own.
  let state = readState(session.state, STATE.optimization) ?? null;
  if (readState(session.state, STATE.queuedSearch)) {
    throw new BacktestPilotError('step_out_of_order', 'this exhaustive search was queued on the worker fleet when the request was validated; nothing runs here');
  }
  if (state === null && spec.search === 'exhaustive') {
    // Validation refuses this first; a step run anyway gets the same refusal.
    const { place } = placeRequestSearch(spec, dependencies);
    if (place.where === 'nowhere') throw place.error;
  }
  if (state === null || state.status === 'running') {
    const jobs = (await jobsForSpec(spec, validation.run_window, dependencies)).filter((job) => isOptimised(spec, job));
    state = (await stepOptimization(spec, jobs, state)).state;
    writeState(session.state, STATE.optimization, state);
  }
  let weights = readState(session.state, STATE.weightSearch) ?? null;
  if (wantsWeightSearch(spec) && (weights === null || weights.status === 'running')) {
    weights = (await stepSpecWeightSearch(spec, validation.run_window, dependencies, weights)).state;
    writeState(session.state, STATE.weightSearch, weights);
  }
  return { state, weights, finished: state.status !== 'running' && weights?.status !== 'running', objectiveMetrics: objectiveMetrics(spec.targets, spec.rank_by) };
}
