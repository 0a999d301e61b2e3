import { BacktestPilotError } from '../errors.js';
import { gridSize } from '../optimization/space/grid_axes.js';
import { gridAxesFor } from '../optimization/search/parameter_search.js';
import type { RequestSpec } from '../request/request_spec.js';
import { getStrategy } from '../strategy/registry.js';

/**
 * The most grid candidates an exhaustive request ("try every combination") runs inside the request
 * itself: at tens of thousands of candidates a second on one machine, a few seconds of work. A
 * bigger grid is queued on the worker fleet (BTP_REDIS_URL) instead of holding the request.
 */
export const EXHAUSTIVE_SEARCH_BUDGET = 200_000;

/** One strategy × symbol of the request and the size of its full grid. */
export interface ExhaustiveCombo {
  symbol: string;
  strategy: string;
  candidates: number;
}

/**
 * The full grids of a request: every strategy it tunes (not a baseline, with parameters to search)
 * on every symbol, each over the strategy's whole search space, as `btp optimize --method grid` runs it.
 */
export function exhaustiveGrid(spec: RequestSpec): { combos: ExhaustiveCombo[]; candidates: number } {
  const tuned = spec.strategies.filter((strategy) => !strategy.baseline && Object.keys(getStrategy(strategy.name).searchSpace ?? {}).length > 0);
  const combos = spec.symbols.flatMap((symbol) => tuned.map(({ name }) => ({ symbol, strategy: name, candidates: gridSize(gridAxesFor(name, undefined, {})) })));
  return { combos, candidates: combos.reduce((sum, combo) => sum + combo.candidates, 0) };
}

export type ExhaustivePlace = { where: 'here' } | { where: 'fleet' } | { where: 'nowhere'; error: BacktestPilotError };

/**
 * Where an exhaustive search of `candidates` runs: here within the budget, on the fleet over it
 * when there is one, and nowhere without one (search_over_budget, naming the two ways forward).
 */
export function placeExhaustiveSearch(candidates: number, options: { budget: number; fleet: boolean }): ExhaustivePlace {
  if (candidates <= options.budget) return { where: 'here' };
  if (options.fleet) return { where: 'fleet' };
  const count = (value: number) => value.toLocaleString('en-US');
  return {
    where: 'nowhere',
    error: new BacktestPilotError('search_over_budget',
      `trying every combination means ${count(candidates)} candidates, more than the ${count(options.budget)} a request runs by itself. ` +
      'Either set BTP_REDIS_URL and start btp worker processes on that Redis, and the search is queued on them as sweeps; ' +
      'or drop "every combination" and the bounded search (random, Bayesian, hill climbing) runs here.',
      { candidates, budget: options.budget }),
  };
}
