import type { SearchSpace, StrategyParams } from '../../strategy/types.js';

export const SEARCH_METHODS = ['grid', 'random', 'bayes', 'hill'] as const;
export type SearchMethodName = (typeof SEARCH_METHODS)[number];

/** A parameter set that was scored: larger scores are better. */
export interface TrialPoint {
  params: StrategyParams;
  score: number;
}

/** What a search method sees when it proposes the next candidates. */
export interface SearchContext {
  readonly space: SearchSpace;
  /** Where the search starts: the strategy's defaults or the user's parameters (space names only). */
  readonly start: StrategyParams;
  /** The strategy's own rules (short < long ...), checked on the full parameter set. */
  readonly isFeasible: (point: StrategyParams) => boolean;
  /** Every trial so far, oldest first. */
  readonly trials: readonly TrialPoint[];
  /** A point's identity (its values in the space's order). */
  readonly keyOf: (point: StrategyParams) => string;
  /** Keys of every point already tried. */
  readonly tried: ReadonlySet<string>;
  /** Seeded: a search is deterministic for a given seed. */
  readonly random: () => number;
  /** Grid search's points, coarse to fine; other methods ignore it. */
  readonly grid: readonly StrategyParams[];
  /**
   * How far grid search has walked `grid` in this iteration: every point before it was proposed or
   * already tried, so each batch resumes there instead of re-checking the grid from its start.
   */
  readonly gridCursor: { next: number };
}

/**
 * Proposes at most `count` new points, feasible except for grid search's (scoring rejects those);
 * fewer, or none, when the method has nothing left. A method with a long computation (Bayesian)
 * answers with a promise, to let the event loop in between its slices.
 */
export type ProposeCandidates = (context: SearchContext, count: number) => StrategyParams[] | Promise<StrategyParams[]>;

/** Collects proposals that are untried, not already proposed in this batch, and feasible. */
export class CandidateBatch {
  readonly points: StrategyParams[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly context: SearchContext) {}

  /** Adds the point if it is new and allowed; returns whether it was added. */
  add(point: StrategyParams): boolean {
    const key = this.context.keyOf(point);
    if (this.keys.has(key) || this.context.tried.has(key) || !this.context.isFeasible(point)) return false;
    this.keys.add(key);
    this.points.push(point);
    return true;
  }

  get size(): number {
    return this.points.length;
  }
}
