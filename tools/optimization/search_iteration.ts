import type { SearchSpace, StrategyParams } from '../strategy/types.js';
import { seededRandom } from './candidates.js';
import { PROPOSERS } from './methods/index.js';
import type { ScoredCandidate } from './objective.js';
import type { SearchContext, SearchMethodName } from './search_context.js';
import { candidateKey } from './search_space.js';

/** What an experiment keeps of every trial: where it was, which method proposed it, its score. */
export interface TrialRecord {
  iteration: number;
  method: SearchMethodName;
  params: StrategyParams;
  score: number;
  sharpe_ratio: number | null;
}

/** Scores candidates; reports each finished share of them through `onEvaluated` (for progress bars). */
export type EvaluateCandidates = (candidates: StrategyParams[], onEvaluated?: (count: number) => void) => Promise<ScoredCandidate[]>;

/** Sent while a search runs: the CLI draws a progress bar from it, the agents report it. */
export interface SearchProgressEvent {
  /** Set by walk-forward analysis: which fold's search this is (1-based). */
  fold?: number;
  iteration: number;
  method: SearchMethodName;
  evaluated: number;
  budget: number;
  best_score: number | null;
}

export interface SearchIterationInput {
  space: SearchSpace;
  /** The full parameter set the search starts from; proposals change only the space's parameters. */
  baseParams: StrategyParams;
  isFeasible: (params: StrategyParams) => boolean;
  method: SearchMethodName;
  /** Most trials this iteration may spend. */
  budget: number;
  seed: number;
  /** 1-based, recorded with each trial and mixed into the seed. */
  iteration: number;
  /** Trials of earlier iterations: never repeated, and what Bayesian optimisation and hill climbing learn from. */
  prior: readonly TrialRecord[];
  /** Grid search's points, coarse to fine. */
  grid?: readonly StrategyParams[];
  evaluate: EvaluateCandidates;
  onProgress?: (event: SearchProgressEvent) => void;
}

export interface SearchIterationResult {
  trials: TrialRecord[];
  scored: ScoredCandidate[];
  /** True when the method had nothing left to propose before the budget was spent. */
  exhausted: boolean;
}

function pickNames(params: StrategyParams, space: SearchSpace): StrategyParams {
  return Object.fromEntries(Object.keys(space).map((name) => [name, params[name]!]));
}

/** Mixes the iteration into the seed (golden-ratio increment), so iterations draw different points. */
function iterationSeed(seed: number, iteration: number): number {
  return (seed + Math.imul(iteration, 0x9e3779b1)) >>> 0;
}

/**
 * One iteration of a search: the method proposes batches (a grid chunk, random draws, a surrogate's
 * picks, a round of coordinate moves), each is scored, and the method sees the scores before its
 * next batch, until the budget is spent or the method has nothing left. Deterministic for a seed.
 */
export async function runSearchIteration(input: SearchIterationInput): Promise<SearchIterationResult> {
  const { space, baseParams, method, budget, iteration } = input;
  const complete = (point: StrategyParams): StrategyParams => ({ ...baseParams, ...point });
  const trials: TrialRecord[] = [];
  const scored: ScoredCandidate[] = [];
  const points = input.prior.map((trial) => ({ params: trial.params, score: trial.score }));
  const tried = new Set(input.prior.map((trial) => candidateKey(space, trial.params)));
  const context: SearchContext = {
    space, start: pickNames(baseParams, space), isFeasible: (point) => input.isFeasible(complete(point)),
    trials: points, tried, random: seededRandom(iterationSeed(input.seed, iteration)), grid: input.grid ?? [],
  };
  let bestScore: number | null = null;
  let exhausted = false;
  // Proposals the strategy rejects at run time still spend budget, so a search always ends.
  let spent = 0;
  while (spent < budget) {
    const proposals = PROPOSERS[method](context, budget - spent);
    if (proposals.length === 0) {
      exhausted = true;
      break;
    }
    for (const point of proposals) tried.add(candidateKey(space, point));
    const done = spent;
    spent += proposals.length;
    const results = await input.evaluate(proposals.map(complete), (count) => {
      input.onProgress?.({ iteration, method, evaluated: done + count, budget, best_score: bestScore });
    });
    for (const result of results) {
      points.push({ params: result.params, score: result.score });
      scored.push(result);
      trials.push({ iteration, method, params: result.params, score: result.score, sharpe_ratio: result.metrics.sharpe_ratio });
      if (bestScore === null || result.score > bestScore) bestScore = result.score;
    }
    input.onProgress?.({ iteration, method, evaluated: spent, budget, best_score: bestScore });
  }
  return { trials, scored, exhausted };
}
