import type { DateWindow } from '../../dates/date_window.js';
import type { ParallelMode } from '../../backtest/worker_pool.js';
import type { OhlcvSeries } from '../../data/types.js';
import { BacktestPilotError } from '../../errors.js';
import type { MetricKey } from '../../risk/types.js';
import type { EngineSettings } from '../../strategy/engine/types.js';
import { getStrategy, listStrategyIds, resolveStrategyParams } from '../../strategy/registry.js';
import type { SearchSpace, StrategyParams } from '../../strategy/types.js';
import { createCandidateEvaluator } from '../scoring/candidate_evaluator.js';
import { assertJudgeableInSample } from './judgeable_window.js';
import type { RemoteBatchScorer } from '../scoring/remote_batch_scorer.js';
import type { EvaluateCandidates, SearchProgressEvent } from './search_iteration.js';
import type { Targets } from '../objective/targets.js';

/** The seed every search uses unless told otherwise: the same request gives the same answer. */
export const DEFAULT_SEED = 20_240_101;

export interface StrategySearchOptions {
  series: OhlcvSeries;
  /** The window candidates are scored on: the in-sample part of an optimisation. */
  range?: DateWindow;
  settings: EngineSettings;
  riskFreeRate?: number;
  /** With targets the objective is the worst normalised margin; without, `rankBy`. */
  targets?: Targets;
  rankBy?: MetricKey;
  /** Where the search starts (defaults filled in); parameters outside the space keep these values. */
  startParams?: Record<string, unknown>;
  /** Default: the strategy's own search space. */
  searchSpace?: SearchSpace;
  seed?: number;
  parallel?: ParallelMode;
  /** Score every batch on a worker fleet instead of this process. */
  remote?: RemoteBatchScorer;
  onProgress?: (event: SearchProgressEvent) => void;
}

/** Everything a search of one strategy needs, checked once. */
export interface PreparedSearch {
  strategy: string;
  space: SearchSpace;
  baseParams: StrategyParams;
  isFeasible: (params: StrategyParams) => boolean;
  evaluate: EvaluateCandidates;
  targets: Targets;
  rankBy: MetricKey;
  seed: number;
}

function strategiesWithParameters(): string[] {
  return listStrategyIds().filter((id) => Object.keys(getStrategy(id).searchSpace ?? {}).length > 0);
}

/** The space to search: the one given (its names must be the strategy's parameters) or the strategy's own. */
export function searchSpaceOf(strategy: string, override?: SearchSpace): SearchSpace {
  const space = override ?? getStrategy(strategy).searchSpace ?? {};
  if (Object.keys(space).length === 0) {
    throw new BacktestPilotError('bad_parameters', `${strategy} has no parameters to optimise; strategies with parameters: ${strategiesWithParameters().join(', ')}`, {
      strategy, strategies_with_parameters: strategiesWithParameters(),
    });
  }
  const known = Object.keys(resolveStrategyParams(strategy));
  const unknown = Object.keys(space).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BacktestPilotError('bad_parameters', `${strategy} has no parameter ${unknown.join(', ')}; its parameters are ${known.join(', ')}`, {
      strategy, unknown_parameters: unknown, parameters: known,
    });
  }
  return space;
}

/**
 * Whether the strategy accepts the parameters (its cross-field rules such as short < long): the
 * schema `resolveStrategyParams` validates with, asked without building the error a user would read
 * (that message lists every parameter and costs far more than the check).
 */
export function feasibilityOf(strategy: string): (params: StrategyParams) => boolean {
  const schema = getStrategy(strategy).paramsSchema;
  return (params) => schema.safeParse(params).success;
}

export function prepareStrategySearch(strategy: string, options: StrategySearchOptions, spaceOverride?: SearchSpace): PreparedSearch {
  const space = searchSpaceOf(strategy, spaceOverride ?? options.searchSpace);
  const targets = options.targets ?? {};
  const rankBy = options.rankBy ?? 'sharpe_ratio';
  const baseParams = resolveStrategyParams(strategy, options.startParams);
  assertJudgeableInSample(options.series, options.range, strategy, baseParams);
  return {
    strategy, space, targets, rankBy, baseParams,
    isFeasible: feasibilityOf(strategy),
    evaluate: createCandidateEvaluator({
      series: options.series, strategy, range: options.range, settings: options.settings, riskFreeRate: options.riskFreeRate,
      targets, rankBy, parallel: options.parallel, remote: options.remote,
    }),
    seed: options.seed ?? DEFAULT_SEED,
  };
}
