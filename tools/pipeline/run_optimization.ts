import { resolveEngineSettings } from '../backtest/engine_settings.js';
import { csvFolderSource } from '../data/index.js';
import type { OhlcvSeries } from '../data/types.js';
import { gridSize } from '../optimization/space/grid_axes.js';
import { optimizeStrategy, type OptimizationRun, type OptimizeStrategyInput } from '../optimization/optimize_strategy.js';
import { DEFAULT_TRIALS_PER_ITERATION } from '../optimization/search/optimize_toward_target.js';
import { gridAxesFor } from '../optimization/search/parameter_search.js';
import type { SearchMethodName } from '../optimization/methods/search_context.js';
import { MAX_TARGET_ITERATIONS } from '../optimization/search/target_search.js';
import type { Targets } from '../optimization/objective/targets.js';
import { DEFAULT_WALK_FORWARD_FOLDS } from '../optimization/walk_forward/walk_forward.js';
import type { MetricKey } from '../risk/types.js';
import type { EngineSettings } from '../strategy/engine/types.js';
import type { DataLocation } from './plan_jobs.js';

/** One strategy tuned on one symbol: what `btp optimize` asks for, flags already checked. */
export interface OptimizationRequest {
  symbol: string;
  strategy: string;
  from?: string;
  to?: string;
  interval: string;
  method: SearchMethodName;
  targets?: Targets;
  trials?: number;
  seed?: number;
  holdoutFraction?: number;
  /** A walk-forward analysis over the whole window, rolling or anchored. */
  walkForward?: { anchored: boolean; folds?: number };
  rankBy: MetricKey;
  fees_bps?: number;
  slippage_bps?: number;
  initial_capital?: number;
  allow_short?: boolean;
}

/** A request with its data loaded and its budget known, ready to run. */
export interface PreparedOptimization {
  series: OhlcvSeries;
  range: { start?: string; end?: string } | undefined;
  settings: EngineSettings;
  /** Candidates the search will score at most (for a progress bar). */
  budget: number;
  input: Omit<OptimizeStrategyInput, 'onProgress'>;
}

export async function prepareOptimization(request: OptimizationRequest, context: DataLocation & { riskFreeRate: number }): Promise<PreparedOptimization> {
  const settings = resolveEngineSettings({
    fees_bps: request.fees_bps, slippage_bps: request.slippage_bps, initial_capital: request.initial_capital, allow_short: request.allow_short,
  });
  const range = request.from === undefined && request.to === undefined ? undefined : { start: request.from, end: request.to };
  const series = await csvFolderSource(context).load(request.symbol, request.interval, range);
  const budget = request.method === 'grid'
    ? gridSize(gridAxesFor(request.strategy, undefined, { maxTrials: request.trials }))
    : request.trials ?? DEFAULT_TRIALS_PER_ITERATION * MAX_TARGET_ITERATIONS;
  const { walkForward } = request;
  return {
    series, range, settings, budget,
    input: {
      series, strategy: request.strategy, range, settings, riskFreeRate: context.riskFreeRate, method: request.method,
      trials: request.trials, seed: request.seed, targets: request.targets, rankBy: request.rankBy, holdoutFraction: request.holdoutFraction,
      walkForward: walkForward ? { mode: walkForward.anchored ? 'anchored' : 'rolling', folds: walkForward.folds ?? DEFAULT_WALK_FORWARD_FOLDS } : undefined,
    },
  };
}

/** Runs a prepared optimisation to the end (the target search, the held-out check, the walk-forward). */
export function runOptimization(prepared: PreparedOptimization, onProgress?: OptimizeStrategyInput['onProgress']): Promise<OptimizationRun> {
  return optimizeStrategy({ ...prepared.input, onProgress });
}
