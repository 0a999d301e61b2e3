import type { SearchSpace, StrategyParams } from '../../strategy/types.js';
import { PROPOSERS } from '../methods/index.js';
import type { ScoredCandidate } from '../objective/objective.js';
import type { SearchContext, SearchMethodName, TrialPoint } from '../methods/search_context.js';
import { candidateKeyOf } from '../space/search_space.js';
import { seededRandom } from './seeded_random.js';

/** What an experiment keeps of every trial: where it was, which method proposed it, its score. */
export interface TrialRecord extends TrialPoint {
  iteration: number;
  method: SearchMethodName;
  sharpe_ratio: number | null;
}

export interface EvaluationOptions {
  /** Called as shares of the candidates finish, with how many of them are done so far (progress bars). */
  onEvaluated?: (count: number) => void;
  /**
   * How many candidates the caller is sending in this burst, these included: a pipelined search
   * sends a big batch in chunks, and the choice of threads is made for the whole batch.
   */
  burstSize?: number;
}

/** Scores candidates: each comes back with its metrics and score, unless the strategy rejected it. */
export type EvaluateCandidates = (candidates: StrategyParams[], options?: EvaluationOptions) => Promise<ScoredCandidate[]>;

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

/**
 * Methods whose proposals do not depend on scores (grid, random) are pipelined: the next chunk is
 * proposed while the worker threads score the last one, in at most this many chunks of at least
 * MIN_PIPELINE_CHUNK candidates.
 */
const PIPELINE_CHUNKS = 8;
const MIN_PIPELINE_CHUNK = 512;
const PIPELINED_METHODS: ReadonlySet<SearchMethodName> = new Set(['grid', 'random']);

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
  // Proposals carry the space's parameters; the others keep the base values (none for most strategies).
  const fixedNames = Object.keys(baseParams).filter((name) => !(name in space));
  const complete = (point: StrategyParams): StrategyParams => (fixedNames.length === 0 ? point : { ...baseParams, ...point });
  const keyOf = candidateKeyOf(space);
  // Every trial so far, earlier iterations' first: what the method sees (a trial record is a trial point).
  const trials: TrialRecord[] = [...input.prior];
  const scored: ScoredCandidate[] = [];
  const tried = new Set(input.prior.map((trial) => keyOf(trial.params)));
  const context: SearchContext = {
    space, start: pickNames(baseParams, space), isFeasible: (point) => input.isFeasible(complete(point)),
    trials, keyOf, tried, random: seededRandom(iterationSeed(input.seed, iteration)), grid: input.grid ?? [], gridCursor: { next: 0 },
  };
  let bestScore: number | null = null;
  let evaluated = 0;
  const record = (results: readonly ScoredCandidate[]) => {
    for (const result of results) {
      scored.push(result);
      trials.push({ iteration, method, params: result.params, score: result.score, sharpe_ratio: result.metrics.sharpe_ratio });
      if (bestScore === null || result.score > bestScore) bestScore = result.score;
    }
  };
  const pipelined = PIPELINED_METHODS.has(method);
  const chunk = pipelined ? Math.max(MIN_PIPELINE_CHUNK, Math.ceil(budget / PIPELINE_CHUNKS)) : budget;
  const pending: Array<Promise<ScoredCandidate[]>> = [];
  let exhausted = false;
  // Proposals the strategy rejects at run time still spend budget, so a search always ends.
  let spent = 0;
  while (spent < budget) {
    const proposals = await PROPOSERS[method](context, Math.min(chunk, budget - spent));
    if (proposals.length === 0) {
      exhausted = true;
      break;
    }
    // Grid search walks its grid forwards and cannot propose a point twice: no keys to keep.
    if (method !== 'grid') for (const point of proposals) tried.add(keyOf(point));
    spent += proposals.length;
    let reported = 0;
    const evaluation = input.evaluate(proposals.map(complete), {
      burstSize: pipelined ? budget : proposals.length,
      onEvaluated: (count) => {
        evaluated += count - reported;
        reported = count;
        input.onProgress?.({ iteration, method, evaluated, budget, best_score: bestScore });
      },
    });
    if (pipelined) pending.push(evaluation);
    else record(await evaluation);
  }
  // All at once, so a failing chunk leaves no other rejection unhandled; recorded in proposal order,
  // so the trials (and the best on ties) do not depend on which thread finished first.
  for (const results of await Promise.all(pending)) record(results);
  input.onProgress?.({ iteration, method, evaluated: spent, budget, best_score: bestScore });
  return { trials: trials.slice(input.prior.length), scored, exhausted };
}
