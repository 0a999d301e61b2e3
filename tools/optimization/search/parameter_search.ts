import { coarseGridAxes, fullGridAxes, gridPoints, gridSize, spaceOfGrid, type GridAxes } from '../space/grid_axes.js';
import type { ScoredCandidate } from '../objective/objective.js';
import type { SearchMethodName } from '../methods/search_context.js';
import { runSearchIteration, type TrialRecord } from './search_iteration.js';
import { prepareStrategySearch, searchSpaceOf, type StrategySearchOptions } from './strategy_search.js';

/** The outcome of one search: every trial (with the method that proposed it) and the best by the objective. */
export interface SearchOutcome {
  strategy: string;
  method: SearchMethodName;
  trials: TrialRecord[];
  /** Every scored candidate with its full metrics, in trial order. */
  candidates: ScoredCandidate[];
  best: ScoredCandidate | null;
}

/** Default trials of the sampling methods. */
export const DEFAULT_SEARCH_TRIALS = 200;

function bestOf(candidates: readonly ScoredCandidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  return best;
}

async function runMethod(strategy: string, method: SearchMethodName, budget: number, options: StrategySearchOptions, grid?: GridAxes): Promise<SearchOutcome> {
  const search = prepareStrategySearch(strategy, options, grid ? spaceOfGrid(grid) : undefined);
  const result = await runSearchIteration({
    ...search, method, budget, iteration: 1, prior: [], grid: grid ? gridPoints(grid) : undefined, onProgress: options.onProgress,
  });
  return { strategy, method, trials: result.trials, candidates: result.scored, best: bestOf(result.scored) };
}

/**
 * The grid for a grid search: the values given, else every step of the strategy's search space —
 * or, when `maxTrials` is smaller than that, evenly spaced levels on each axis within it.
 */
export function gridAxesFor(strategy: string, paramGrid: GridAxes | undefined, options: Pick<StrategySearchOptions, 'searchSpace'> & { maxTrials?: number }): GridAxes {
  if (paramGrid) return paramGrid;
  const space = searchSpaceOf(strategy, options.searchSpace);
  const full = fullGridAxes(space);
  return options.maxTrials !== undefined && options.maxTrials < gridSize(full) ? coarseGridAxes(space, options.maxTrials) : full;
}

/**
 * Grid search: every point of the grid that the strategy accepts (short < long ...), scored on the
 * options' window; by default the strategy's whole search space. Heavy grids run on every core.
 */
export function gridSearchParameters(
  strategy: string, paramGrid: GridAxes | undefined, options: StrategySearchOptions & { maxTrials?: number },
): Promise<SearchOutcome> {
  const axes = gridAxesFor(strategy, paramGrid, options);
  return runMethod(strategy, 'grid', gridSize(axes), options, axes);
}

/** Random search: the start parameters, then `trials − 1` feasible points drawn uniformly (seeded). */
export function randomSearchParameters(strategy: string, options: StrategySearchOptions & { trials?: number }): Promise<SearchOutcome> {
  return runMethod(strategy, 'random', options.trials ?? DEFAULT_SEARCH_TRIALS, options);
}

/** Bayesian optimisation: a Gaussian-process surrogate and expected improvement pick each batch. */
export function bayesianSearchParameters(strategy: string, options: StrategySearchOptions & { trials?: number }): Promise<SearchOutcome> {
  return runMethod(strategy, 'bayes', options.trials ?? DEFAULT_SEARCH_TRIALS, options);
}

/** Hill climbing by coordinate ascent from the start parameters. */
export function hillClimbParameters(strategy: string, options: StrategySearchOptions & { trials?: number }): Promise<SearchOutcome> {
  return runMethod(strategy, 'hill', options.trials ?? DEFAULT_SEARCH_TRIALS, options);
}
