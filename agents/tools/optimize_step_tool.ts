import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { BacktestJob } from '../../tools/backtest/backtest_job.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { assessSelection } from '../../tools/optimization/assess_selection.js';
import { METHOD_DESCRIPTIONS } from '../../tools/optimization/methods/index.js';
import { describeObjective } from '../../tools/optimization/objective.js';
import type { OptimizationCombo, OptimizationState } from '../../tools/optimization/optimization_state.js';
import { iterationPlan } from '../../tools/optimization/optimize_toward_target.js';
import { DEFAULT_HOLDOUT_FRACTION, splitInSample } from '../../tools/optimization/sample_split.js';
import { prepareStrategySearch } from '../../tools/optimization/strategy_search.js';
import {
  EMPTY_TARGET_SEARCH, MAX_TARGET_ITERATIONS, methodForIteration, runTargetIteration, targetsMet, type MethodChoice,
} from '../../tools/optimization/target_search.js';
import { evaluateTargets } from '../../tools/optimization/targets.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import type { ValidationState } from '../../tools/request/validation_state.js';
import { getStrategy, resolveStrategyParams } from '../../tools/strategy/registry.js';
import type { StrategyParams } from '../../tools/strategy/types.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { requestJobs } from './run_backtests_tool.js';
import { STATE_KEYS, type ToolSession } from './session_state.js';
import { returningErrors } from './tool_response.js';

export const OptimizeStepInputSchema = z.object({});

/** What the step tool answers the model: the state without the trial logs. */
export interface OptimizeStepReply {
  status: OptimizationState['status'];
  iteration?: number;
  method?: string;
  trials?: number;
  best?: { symbol: string; strategy: string; params: StrategyParams; sharpe_ratio: number | null; score: number } | null;
}

/** The agents' search: the default schedule (random, Bayesian, Bayesian, hill, hill), 48 trials per iteration per combo. */
const AGENT_METHOD: MethodChoice = 'auto';

function isOptimised(spec: RequestSpec, job: BacktestJob): boolean {
  const baseline = spec.strategies.some((strategy) => strategy.name === job.strategy && strategy.baseline);
  return !baseline && Object.keys(getStrategy(job.strategy).searchSpace ?? {}).length > 0;
}

/** The combo's first iteration splits the window (the last 30 % held out); later ones keep that split. */
function startCombo(job: BacktestJob): OptimizationCombo {
  const split = splitInSample(job.series, job.range);
  return {
    ...EMPTY_TARGET_SEARCH, symbol: job.series.symbol, strategy: job.strategy, start_params: resolveStrategyParams(job.strategy, job.params),
    in_sample_range: split.in_sample, out_of_sample_range: split.out_of_sample, assessment: null,
  };
}

async function advanceCombo(job: BacktestJob, spec: RequestSpec, combo: OptimizationCombo): Promise<OptimizationCombo> {
  const search = prepareStrategySearch(job.strategy, {
    series: job.series, range: combo.in_sample_range, settings: job.settings, riskFreeRate: job.riskFreeRate,
    targets: spec.targets, rankBy: spec.rank_by, startParams: combo.start_params,
  });
  const { progress } = await runTargetIteration(combo, {
    ...search, method: AGENT_METHOD, budget: iterationPlan(job.strategy, { method: AGENT_METHOD }).trialsPerIteration,
  });
  return { ...combo, ...progress };
}

/**
 * The pick's held-out figures. Its deflated Sharpe ratio counts the trials of every combo: the
 * report's pick was chosen among all of them.
 */
function assessCombo(job: BacktestJob, spec: RequestSpec, combo: OptimizationCombo, trialSharpeRatios: ReadonlyArray<number | null>): OptimizationCombo {
  if (!combo.best) return combo;
  const selection = assessSelection({
    series: job.series, strategy: job.strategy, params: combo.best.params,
    split: { in_sample: combo.in_sample_range, out_of_sample: combo.out_of_sample_range, holdout_fraction: DEFAULT_HOLDOUT_FRACTION },
    settings: job.settings, riskFreeRate: job.riskFreeRate, trialSharpeRatios,
  });
  const hasTargets = Object.keys(spec.targets).length > 0;
  return {
    ...combo,
    assessment: {
      out_of_sample: selection.out_of_sample.metrics,
      out_of_sample_targets_met: hasTargets ? evaluateTargets(selection.out_of_sample.metrics, spec.targets).all_met : null,
      deflated_sharpe_ratio: selection.deflated_sharpe_ratio,
      overfitting_warning: selection.overfitting_warning,
    },
  };
}

function bestOverCombos(combos: readonly OptimizationCombo[]): Extract<OptimizationState, { best: unknown }>['best'] {
  let best: Extract<OptimizationState, { best: unknown }>['best'] = null;
  for (const combo of combos) {
    if (!combo.best || (best && combo.best.score <= best.score)) continue;
    const { symbol, strategy, in_sample_range, out_of_sample_range, assessment } = combo;
    best = { ...combo.best, symbol, strategy, in_sample_range, out_of_sample_range, assessment };
  }
  return best;
}

/**
 * One iteration of the OptimizationAgent's loop: for each non-baseline strategy × symbol with a
 * search space, one batch from this iteration's method, scored on the in-sample part of the window
 * (the last 30 % is held out). Sets `escalate` (ends the LoopAgent) when every target holds, after
 * the last iteration, when the searches have nothing left, or at once when no optimisation was
 * asked for; on the way out it backtests each combo's best parameters on the held-out part.
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

  const previous = session.state.get<OptimizationState | null>(STATE_KEYS.optimization);
  const running = previous && previous.status === 'running' ? previous : undefined;
  const jobs = (await requestJobs(spec, validation, dependencies)).filter((job) => isOptimised(spec, job));
  let combos: OptimizationCombo[] = [];
  for (const job of jobs) {
    const earlier = running?.combos.find((combo) => combo.symbol === job.series.symbol && combo.strategy === job.strategy);
    combos.push(await advanceCombo(job, spec, earlier ?? startCombo(job)));
  }
  const iteration = (running?.iteration ?? 0) + 1;
  const anyMet = combos.some(targetsMet);
  const finished = anyMet || iteration >= MAX_TARGET_ITERATIONS || combos.every((combo) => combo.exhausted);
  if (finished) {
    const trialSharpeRatios = combos.flatMap((combo) => combo.trial_log.map((trial) => trial.sharpe_ratio));
    combos = combos.map((combo, index) => assessCombo(jobs[index]!, spec, combo, trialSharpeRatios));
  }
  const best = bestOverCombos(combos);
  const state: OptimizationState = {
    status: best?.targets?.all_met === true ? 'targets_met' : finished ? 'best_attempt' : 'running',
    iteration, max_iterations: MAX_TARGET_ITERATIONS,
    methods: [...(running?.methods ?? []), methodForIteration(AGENT_METHOD, iteration)],
    trials: combos.reduce((sum, combo) => sum + combo.trials, 0),
    combos, best, objective: describeObjective(spec.targets, spec.rank_by),
  };
  session.state.set(STATE_KEYS.optimization, state);
  if (finished) exitLoop();
  return state;
}

/** The model's view of a step: no trial logs (they stay in session state for the report and the experiment). */
function summarizeOptimizationStep(state: OptimizationState): OptimizeStepReply {
  if (state.status === 'not_requested') return { status: state.status };
  const method = state.methods.at(-1);
  return {
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
      `Ends the optimisation loop by itself when every target holds, after ${MAX_TARGET_ITERATIONS} iterations, or when no optimisation was asked for.`,
    parameters: OptimizeStepInputSchema,
    execute: (_input, context) => returningErrors(async () => summarizeOptimizationStep(await optimizeStepInSession(context!, dependencies))),
  });
}
