import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { BacktestPilotError } from '../../tools/errors.js';
import { METHOD_DESCRIPTIONS } from '../../tools/optimization/methods/index.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { MAX_TARGET_ITERATIONS } from '../../tools/optimization/search/target_search.js';
import { isOptimised, stepOptimization } from '../../tools/pipeline/optimization_step.js';
import { jobsForSpec } from '../../tools/pipeline/spec_jobs.js';
import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import { stepSpecWeightSearch, wantsWeightSearch } from '../../tools/portfolio/portfolio_from_spec.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { placeRequestSearch } from './queue_exhaustive_search.js';
import { runSession } from './run_values.js';
import { roundForModel } from './model_view.js';
import { returningUnsummarized } from './tool_response.js';
import type { OptimizeStepReply } from './optimize_step_reply.js';

export const OptimizeStepInputSchema = z.object({});

/**
 * One iteration of the OptimizationAgent's loop (see `stepOptimization`). Sets `escalate` (ends
 * the LoopAgent) when the search has finished, or at once when no optimisation was asked for.
 */
export async function optimizeStepInSession(session: ToolSession, dependencies: ToolDependencies): Promise<{ state: OptimizationState; weights: WeightSearchState | null }> {
  const spec = readState(session.state, STATE.spec);
  const validation = readState(session.state, STATE.validation);
  if (!spec || !validation?.ok) throw new BacktestPilotError('step_out_of_order', 'the request has not been validated yet; run validate_request first');
  const exitLoop = () => { if (session.actions) session.actions.escalate = true; };
  if (!spec.optimization_required) {
    const state: OptimizationState = { status: 'not_requested' };
    writeState(session.state, STATE.optimization, state);
    exitLoop();
    return { state, weights: null };
  }
  // The parameter search and the portfolio's weight search run side by side; each stops on its own.
  let state = readState(session.state, STATE.optimization) ?? null;
  if (readState(session.state, STATE.queuedSearch)) {
    throw new BacktestPilotError('step_out_of_order', 'this exhaustive search was queued on the worker fleet when the request was validated; nothing runs here');
  }
  if (state === null && spec.search === 'exhaustive') {
    // Validation refuses this first; a model that calls the step anyway gets the same refusal.
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
  if (state.status !== 'running' && weights?.status !== 'running') exitLoop();
  return { state, weights };
}

/** The model's view of a step: no trial logs (they stay in session state for the report and the experiment). */
function summarizeOptimizationStep(step: Awaited<ReturnType<typeof optimizeStepInSession>>): OptimizeStepReply {
  const { state, weights } = step;
  if (state.status === 'not_requested') return { status: state.status };
  const method = state.methods.at(-1);
  return {
    // Only a portfolio's weight search adds this, so every other reply stays as it was.
    ...(weights ? {
      portfolio_weights: {
        status: weights.status, iteration: weights.iteration, trials: weights.trials,
        best: weights.best && { weights: weights.best.weights, sharpe_ratio: weights.best.metrics.sharpe_ratio, all_targets_met: weights.best.targets.all_met },
      },
    } : {}),
    status: state.status,
    iteration: state.iteration,
    method: method === undefined ? undefined : METHOD_DESCRIPTIONS[method],
    trials: state.trials,
    best: state.best && {
      symbol: state.best.symbol, strategy: state.best.strategy, params: state.best.params,
      sharpe_ratio: state.best.metrics.sharpe_ratio, score: state.best.score,
    },
  };
}

export function createOptimizeStepTool(dependencies: ToolDependencies): FunctionTool<typeof OptimizeStepInputSchema> {
  return new FunctionTool({
    name: 'optimize_step',
    description:
      'Run one iteration of the parameter search toward the user\'s targets (or the ranking metric when no target is set), ' +
      'on the in-sample part of the window (the last 30% is held out and checked when the search ends). ' +
      'A portfolio with targets and no objective gets its weights searched toward the targets the same way. ' +
      `Ends the optimisation loop by itself when every target holds, after ${MAX_TARGET_ITERATIONS} iterations, or when no optimisation was asked for.`,
    parameters: OptimizeStepInputSchema,
    execute: (_input, context) => returningUnsummarized(context, async () => roundForModel(summarizeOptimizationStep(await optimizeStepInSession(runSession(context!), dependencies)))),
  });
}
