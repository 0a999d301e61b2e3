import type { ScoredCandidate } from '../objective/objective.js';
import type { SearchMethodName } from '../methods/search_context.js';
import { runSearchIteration, type SearchIterationInput, type TrialRecord } from './search_iteration.js';

/** Bounded target-driven search: at most this many iterations, the LoopAgent's limit too. */
export const MAX_TARGET_ITERATIONS = 5;

/**
 * The methods of the iterations when none is chosen: explore the whole space at random, let a
 * Gaussian-process model pick where the score should be highest, then climb from the best point.
 */
export const DEFAULT_METHOD_SCHEDULE: readonly SearchMethodName[] = ['random', 'bayes', 'bayes', 'hill', 'hill'];

/** One method for every iteration, or `auto` for DEFAULT_METHOD_SCHEDULE. */
export type MethodChoice = SearchMethodName | 'auto';

export interface IterationSummary {
  iteration: number;
  method: SearchMethodName;
  trials: number;
  /** The best score found in this iteration (null when it scored nothing). */
  best_score: number | null;
}

/** Where a target search stands between iterations: plain JSON, so it can live in session state. */
export interface TargetSearchProgress {
  /** Iterations completed so far. */
  iteration: number;
  trials: number;
  best: ScoredCandidate | null;
  iterations: IterationSummary[];
  /** Every trial: its parameters, score and Sharpe ratio (what experiments save and the deflated Sharpe ratio counts). */
  trial_log: TrialRecord[];
  /** The method had nothing left to try (a finished grid, a tiny space). */
  exhausted: boolean;
}

export const EMPTY_TARGET_SEARCH: TargetSearchProgress = Object.freeze({
  iteration: 0, trials: 0, best: null, iterations: [], trial_log: [], exhausted: false,
}) as TargetSearchProgress;

export function methodForIteration(choice: MethodChoice, iteration: number): SearchMethodName {
  return choice === 'auto' ? DEFAULT_METHOD_SCHEDULE[Math.min(iteration, DEFAULT_METHOD_SCHEDULE.length) - 1]! : choice;
}

/** Every target holds (only possible when there are targets). */
export function targetsMet(progress: TargetSearchProgress): boolean {
  return progress.best?.targets?.all_met === true;
}

/** The loop stops when every target holds, at the iteration limit, or when the method has nothing left. */
export function isTargetSearchDone(progress: TargetSearchProgress): boolean {
  return targetsMet(progress) || progress.iteration >= MAX_TARGET_ITERATIONS || progress.exhausted;
}

export type TargetIterationSetup = Omit<SearchIterationInput, 'method' | 'iteration' | 'prior'> & { method: MethodChoice };

/** Runs the next iteration with its method and folds it into the progress (best by score, first found on ties). */
export async function runTargetIteration(progress: TargetSearchProgress, setup: TargetIterationSetup): Promise<{
  progress: TargetSearchProgress;
  scored: ScoredCandidate[];
}> {
  const iteration = progress.iteration + 1;
  const method = methodForIteration(setup.method, iteration);
  const result = await runSearchIteration({ ...setup, method, iteration, prior: progress.trial_log });
  let best = progress.best;
  let iterationBest: number | null = null;
  for (const candidate of result.scored) {
    if (!best || candidate.score > best.score) best = candidate;
    if (iterationBest === null || candidate.score > iterationBest) iterationBest = candidate.score;
  }
  return {
    scored: result.scored,
    progress: {
      iteration,
      trials: progress.trials + result.trials.length,
      best,
      iterations: [...progress.iterations, { iteration, method, trials: result.trials.length, best_score: iterationBest }],
      trial_log: [...progress.trial_log, ...result.trials],
      exhausted: result.exhausted,
    },
  };
}
