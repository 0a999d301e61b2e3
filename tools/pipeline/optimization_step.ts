import type { BacktestJob } from '../backtest/backtest_job.js';
import { assessSelection } from '../optimization/holdout/assess_selection.js';
import { describeObjective } from '../optimization/objective/objective.js';
import type { OptimizationCombo, OptimizationState } from '../optimization/optimization_state.js';
import { TargetSearch } from '../optimization/search/optimize_toward_target.js';
import { DEFAULT_HOLDOUT_FRACTION, splitInSample } from '../optimization/holdout/sample_split.js';
import {
  EMPTY_TARGET_SEARCH, MAX_TARGET_ITERATIONS, methodForIteration, targetsMet, type MethodChoice,
} from '../optimization/search/target_search.js';
import { evaluateTargets } from '../optimization/objective/targets.js';
import type { RequestSpec } from '../request/request_spec.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';

/**
 * The agents' search: the default schedule (random, Bayesian, Bayesian, hill, hill), 48 trials per
 * iteration per combo; or, when the user asked for every combination, the full grid spread over the
 * iterations, as `btp optimize --method grid` runs it.
 */
function methodOf(spec: RequestSpec): MethodChoice {
  return spec.search === 'exhaustive' ? 'grid' : 'auto';
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
  const search = TargetSearch.prepare(job.strategy, spec.targets, {
    series: job.series, range: combo.in_sample_range, settings: job.settings, riskFreeRate: job.riskFreeRate,
    rankBy: spec.rank_by, startParams: combo.start_params, method: methodOf(spec),
  });
  const { progress } = await search.step(combo);
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

/** Whether a job takes part in the search: not a baseline, and its strategy has parameters to tune. */
export function isOptimised(spec: RequestSpec, job: BacktestJob): boolean {
  const baseline = spec.strategies.some((strategy) => strategy.name === job.strategy && strategy.baseline);
  return !baseline && Object.keys(getStrategy(job.strategy).searchSpace ?? {}).length > 0;
}

/**
 * One iteration of the request's optimisation, after `previous` (the state the last step returned):
 * for each strategy × symbol job with a search space, one batch from this iteration's method,
 * scored on the in-sample part of the window (the last 30 % is held out). `finished` when every
 * target holds, after the last iteration, or when the searches have nothing left; on the way out
 * each combo's best parameters are backtested on the held-out part.
 */
export async function stepOptimization(
  spec: RequestSpec, jobs: readonly BacktestJob[], previous: OptimizationState | null | undefined,
): Promise<{ state: OptimizationState; finished: boolean }> {
  const running = previous && previous.status === 'running' ? previous : undefined;
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
    methods: [...(running?.methods ?? []), methodForIteration(methodOf(spec), iteration)],
    trials: combos.reduce((sum, combo) => sum + combo.trials, 0),
    combos, best, objective: describeObjective(spec.targets, spec.rank_by),
  };
  return { state, finished };
}
