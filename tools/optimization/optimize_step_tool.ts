import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { requestJobs } from '../backtest/run_backtests_tool.js';
import { runBacktestCore } from '../backtest/run_backtest.js';
import { BacktestPilotError, isBacktestPilotError } from '../errors.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { ValidationState } from '../request/validate_request_tool.js';
import { STATE_KEYS, type ToolSession } from '../session_state.js';
import { SimulationWorkspace } from '../strategy/engine/simulation_workspace.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import type { IndicatorCache, StrategyParams } from '../strategy/types.js';
import type { ToolDependencies } from '../tool_dependencies.js';
import { returningErrors } from '../tool_response.js';
import {
  MAX_TARGET_ITERATIONS, nextCandidates, recordIteration, scoreCandidate, type ScoredCandidate, type SearchProgress,
} from './target_search.js';

export const OptimizeStepInputSchema = z.object({});

/** The search of one strategy on one symbol. */
export interface OptimizationCombo extends SearchProgress {
  symbol: string;
  strategy: string;
  start_params: StrategyParams;
}

export type OptimizationState =
  | { status: 'not_requested' }
  | {
      status: 'running' | 'targets_met' | 'best_attempt';
      iteration: number;
      max_iterations: number;
      trials: number;
      combos: OptimizationCombo[];
      /** The best candidate over every combo, by the objective. */
      best: (ScoredCandidate & { symbol: string; strategy: string }) | null;
      objective: string;
    };

const SEED = 20_240_101;

function describeObjective(spec: RequestSpec): string {
  const targets = Object.keys(spec.targets);
  return targets.length > 0
    ? `meet every target (${targets.join(', ')}); the score is the worst normalised margin, ≥ 0 when all hold`
    : `maximise ${spec.rank_by}`;
}

/**
 * One iteration of the OptimizationAgent's loop: for each non-baseline strategy × symbol with a
 * search space, score a batch of candidates (a coarse grid first, then tighter neighbourhoods of
 * the best) and keep the best. Sets `escalate` (ends the LoopAgent) when the targets hold, after
 * the last iteration, or at once when the user asked for no optimisation.
 */
export async function optimizeStepInSession(session: ToolSession, dependencies: ToolDependencies): Promise<OptimizationState> {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  const validation = session.state.get<ValidationState | null>(STATE_KEYS.validation);
  if (!spec || !validation?.ok) throw new BacktestPilotError('bad_input', 'the request has not been validated yet; run validate_request first');
  const exitLoop = () => { if (session.actions) session.actions.escalate = true; };
  if (!spec.optimization_required) {
    const state: OptimizationState = { status: 'not_requested' };
    session.state.set(STATE_KEYS.optimization, state);
    exitLoop();
    return state;
  }

  const jobs = await requestJobs(spec, validation, dependencies);
  const previous = session.state.get<OptimizationState | null>(STATE_KEYS.optimization);
  const previousCombos = previous && previous.status === 'running' ? previous.combos : [];
  const caches = new Map<string, IndicatorCache>();
  // Candidates keep only their metrics, so one set of equity/position buffers serves them all.
  const workspace = new SimulationWorkspace();
  const combos: OptimizationCombo[] = [];
  for (const job of jobs) {
    const space = getStrategy(job.strategy).searchSpace ?? {};
    const isBaseline = spec.strategies.some((strategy) => strategy.name === job.strategy && strategy.baseline);
    if (isBaseline || Object.keys(space).length === 0) continue;
    const startParams = resolveStrategyParams(job.strategy, job.params);
    const combo = previousCombos.find((one) => one.symbol === job.series.symbol && one.strategy === job.strategy)
      ?? { symbol: job.series.symbol, strategy: job.strategy, start_params: startParams, iteration: 0, trials: 0, best: null };
    let cache = caches.get(job.series.sha256);
    if (!cache) caches.set(job.series.sha256, (cache = createIndicatorCache()));
    const scored: ScoredCandidate[] = [];
    for (const params of nextCandidates(space, startParams, combo, SEED)) {
      try {
        const core = runBacktestCore(job.series, { ...job, params, indicators: cache, workspace });
        scored.push({ params: core.params, metrics: core.metrics, ...scoreCandidate(core.metrics, spec.targets, spec.rank_by) });
      } catch (error) {
        // Candidates that break a rule of the strategy (short ≥ long ...) are skipped, not errors.
        if (!(isBacktestPilotError(error) && error.code === 'bad_parameters')) throw error;
      }
    }
    combos.push({ ...combo, ...recordIteration(combo, scored) });
  }

  let best: Extract<OptimizationState, { best: unknown }>['best'] = null;
  for (const combo of combos) {
    if (combo.best && (!best || combo.best.score > best.score)) best = { ...combo.best, symbol: combo.symbol, strategy: combo.strategy };
  }
  const iteration = (previous && previous.status === 'running' ? previous.iteration : 0) + 1;
  const targetsMet = best?.targets?.all_met === true;
  const finished = targetsMet || iteration >= MAX_TARGET_ITERATIONS || combos.length === 0;
  const state: OptimizationState = {
    status: targetsMet ? 'targets_met' : finished ? 'best_attempt' : 'running',
    iteration, max_iterations: MAX_TARGET_ITERATIONS,
    trials: combos.reduce((sum, combo) => sum + combo.trials, 0),
    combos, best, objective: describeObjective(spec),
  };
  session.state.set(STATE_KEYS.optimization, state);
  if (finished) exitLoop();
  return state;
}

export function createOptimizeStepTool(dependencies: ToolDependencies): FunctionTool<typeof OptimizeStepInputSchema> {
  return new FunctionTool({
    name: 'optimize_step',
    description:
      'Run one iteration of the parameter search toward the user\'s targets (or the ranking metric when no target is set). ' +
      `Ends the optimisation loop by itself when every target holds, after ${MAX_TARGET_ITERATIONS} iterations, or when no optimisation was asked for.`,
    parameters: OptimizeStepInputSchema,
    execute: (_input, context) => returningErrors(() => optimizeStepInSession(context!, dependencies)),
  });
}
