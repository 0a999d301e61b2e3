import { BacktestPilotError } from '../../errors.js';
import { gridPoints, gridSize, spaceOfGrid, type GridAxes } from '../space/grid_axes.js';
import type { ScoredCandidate } from '../objective/objective.js';
import { gridAxesFor } from './parameter_search.js';
import type { StrategyParams } from '../../strategy/types.js';
import { prepareStrategySearch, type PreparedSearch, type StrategySearchOptions } from './strategy_search.js';
import {
  EMPTY_TARGET_SEARCH, MAX_TARGET_ITERATIONS, isTargetSearchDone, runTargetIteration, targetsMet,
  type MethodChoice, type TargetSearchProgress,
} from './target_search.js';
import type { Targets } from '../objective/targets.js';

/** Trials per iteration of the sampling methods when no total is given (the agents' default too). */
export const DEFAULT_TRIALS_PER_ITERATION = 48;

export interface TargetOptimizationOptions extends StrategySearchOptions {
  /** One method for every iteration, or `auto` (random, Bayesian, Bayesian, hill, hill). Default `auto`. */
  method?: MethodChoice;
  /**
   * Most trials over all iterations, spread evenly over them. Default: 48 per iteration; for grid
   * search the whole grid (a smaller number makes the grid coarser).
   */
  trials?: number;
  /** Grid search only: explicit values per parameter instead of the search space's steps. */
  paramGrid?: GridAxes;
}

export interface TargetOptimization {
  /** `targets_met` as soon as every target held; otherwise the best attempt (always so without targets). */
  status: 'targets_met' | 'best_attempt';
  progress: TargetSearchProgress;
  /** Every scored candidate with its metrics. */
  candidates: ScoredCandidate[];
}

/** The search's best candidate; `bad_parameters` when the strategy accepted none of the points tried. */
export function requireBest(strategy: string, best: ScoredCandidate | null): ScoredCandidate {
  if (best) return best;
  throw new BacktestPilotError('bad_parameters', `${strategy}: no point of the search space satisfies the strategy's rules; widen the ranges`, { strategy });
}

/** Per-iteration budget and, for grid search, the grid's points in coarse-to-fine order. */
export interface IterationPlan {
  trialsPerIteration: number;
  grid?: StrategyParams[];
}

export function iterationPlan(
  strategy: string, options: Pick<TargetOptimizationOptions, 'method' | 'trials' | 'paramGrid' | 'searchSpace'>,
): IterationPlan {
  if (options.method === 'grid') {
    const axes = gridAxesFor(strategy, options.paramGrid, { searchSpace: options.searchSpace, maxTrials: options.trials });
    return { trialsPerIteration: Math.ceil(gridSize(axes) / MAX_TARGET_ITERATIONS), grid: gridPoints(axes) };
  }
  return { trialsPerIteration: options.trials === undefined ? DEFAULT_TRIALS_PER_ITERATION : Math.max(1, Math.ceil(options.trials / MAX_TARGET_ITERATIONS)) };
}

/**
 * The target-driven search of one strategy: at most MAX_TARGET_ITERATIONS iterations, each a batch
 * of candidates from one method (scored on the options' window), stopping as soon as every target
 * holds; otherwise the best attempt, whose `targets.checks` say how far it is from each target. The
 * objective for several targets is the worst normalised margin (see `scoreCandidate`).
 * Deterministic for a seed. The agents step it one iteration per loop turn (the progress lives in
 * session state between turns); the CLI runs it to the end.
 */
export class TargetSearch {
  private constructor(
    private readonly search: PreparedSearch,
    private readonly method: MethodChoice,
    private readonly plan: IterationPlan,
    private readonly onProgress: TargetOptimizationOptions['onProgress'],
  ) {}

  static prepare(strategy: string, targets: Targets, options: TargetOptimizationOptions): TargetSearch {
    const search = prepareStrategySearch(strategy, { ...options, targets }, options.paramGrid && spaceOfGrid(options.paramGrid));
    return new TargetSearch(search, options.method ?? 'auto', iterationPlan(strategy, options), options.onProgress);
  }

  /** The next iteration after `progress`, folded into it. */
  step(progress: TargetSearchProgress): Promise<{ progress: TargetSearchProgress; scored: ScoredCandidate[] }> {
    return runTargetIteration(progress, {
      ...this.search, method: this.method, budget: this.plan.trialsPerIteration, grid: this.plan.grid, onProgress: this.onProgress,
    });
  }

  /** Every iteration until the search is done, keeping every scored candidate. */
  async run(): Promise<TargetOptimization> {
    let progress = EMPTY_TARGET_SEARCH;
    const candidates: ScoredCandidate[] = [];
    while (!isTargetSearchDone(progress)) {
      const next = await this.step(progress);
      progress = next.progress;
      candidates.push(...next.scored);
    }
    return { status: targetsMet(progress) ? 'targets_met' : 'best_attempt', progress, candidates };
  }
}

export function optimizeTowardTarget(strategy: string, targets: Targets, options: TargetOptimizationOptions): Promise<TargetOptimization> {
  return TargetSearch.prepare(strategy, targets, options).run();
}
