import type { ClosedDateWindow } from '../../dates/date_window.js';
import { runBacktestCore } from '../../backtest/run_backtest.js';
import { formatBarTime } from '../../data/timestamps.js';
import { computeAllMetrics, periodsPerYear } from '../../risk/index.js';
import type { PerformanceMetrics } from '../../risk/types.js';
import type { StrategyParams } from '../../strategy/types.js';
import { resolveStrategyParams } from '../../strategy/registry.js';
import { calendarDays } from '../holdout/calendar_days.js';
import { assertJudgeableInSample } from '../search/judgeable_window.js';
import { optimizeTowardTarget, requireBest, type TargetOptimizationOptions } from '../search/optimize_toward_target.js';
import { DEFAULT_HOLDOUT_FRACTION, assertHoldoutFraction } from '../holdout/sample_split.js';
import { DEFAULT_SEED } from '../search/strategy_search.js';
import { stitchSegments, type EquitySegment } from './stitch_equity.js';
import type { Targets } from '../objective/targets.js';
import { walkForwardWindows, type WalkForwardMode } from './walk_forward_windows.js';

export const DEFAULT_WALK_FORWARD_FOLDS = 4;

export interface WalkForwardOptions extends TargetOptimizationOptions {
  mode?: WalkForwardMode;
  folds?: number;
  /** Each test window is to its training window as this share is to the rest (default 0.3). */
  holdoutFraction?: number;
  targets?: Targets;
}

export interface WalkForwardFold {
  fold: number;
  train: ClosedDateWindow;
  test: ClosedDateWindow;
  params: StrategyParams;
  trials: number;
  in_sample: PerformanceMetrics;
  out_of_sample: PerformanceMetrics;
}

export interface WalkForwardReport {
  mode: WalkForwardMode;
  folds: WalkForwardFold[];
  /** The metrics of the stitched out-of-sample curve: what trading the re-optimised parameters would have earned. */
  out_of_sample: PerformanceMetrics;
  /** The test windows' equity chained into one curve, capital carried from window to window. */
  equity: Array<{ t: string; equity: number }>;
}

/**
 * The folds' training and test windows. Every training window is checked long enough to judge
 * (`insufficient_data`) before any search runs, so a short fold costs no search time.
 */
export function planWalkForward(strategy: string, options: WalkForwardOptions): Array<{ train: ClosedDateWindow; test: ClosedDateWindow }> {
  const holdout = options.holdoutFraction ?? DEFAULT_HOLDOUT_FRACTION;
  assertHoldoutFraction(holdout);
  const days = calendarDays(options.series, options.range);
  const windowOf = ([first, last]: [number, number]): ClosedDateWindow => ({ start: days[first]!, end: days[last]! });
  const windows = walkForwardWindows(days.length, options.folds ?? DEFAULT_WALK_FORWARD_FOLDS, holdout, options.mode ?? 'rolling')
    .map((window) => ({ train: windowOf(window.train), test: windowOf(window.test) }));
  const params = resolveStrategyParams(strategy, options.startParams);
  for (const { train } of windows) assertJudgeableInSample(options.series, train, strategy, params);
  return windows;
}

/**
 * Walk-forward analysis: for each fold, optimise on its training window (the same search as
 * `optimizeTowardTarget`, seeded per fold), then trade the chosen parameters on the following test
 * window the search never saw. Each test run starts flat; the stitched curve carries the capital.
 */
export async function walkForward(strategy: string, options: WalkForwardOptions): Promise<WalkForwardReport> {
  const mode = options.mode ?? 'rolling';
  const folds: WalkForwardFold[] = [];
  const segments: EquitySegment[] = [];
  const times: string[] = [];
  const onProgress = options.onProgress;
  for (const [fold, { train, test }] of planWalkForward(strategy, options).entries()) {
    const search = await optimizeTowardTarget(strategy, options.targets ?? {}, {
      ...options, range: train, seed: (options.seed ?? DEFAULT_SEED) + fold,
      onProgress: onProgress && ((event) => onProgress({ ...event, fold: fold + 1 })),
    });
    const best = requireBest(strategy, search.progress.best);
    const core = runBacktestCore(options.series, { strategy, params: best.params, range: test, settings: options.settings, riskFreeRate: options.riskFreeRate });
    segments.push({ equity: core.simulation.equity, position: core.simulation.position, trades: core.simulation.trades });
    for (let index = core.range.startIndex; index <= core.range.endIndex; index++) times.push(formatBarTime(options.series.time[index]!, options.series.intervalMs));
    folds.push({ fold: fold + 1, train, test, params: best.params, trials: search.progress.trials, in_sample: best.metrics, out_of_sample: core.metrics });
  }
  const stitched = stitchSegments(segments, options.settings.initialCapital);
  return {
    mode,
    folds,
    out_of_sample: computeAllMetrics({
      ...stitched, initialCapital: options.settings.initialCapital, periodsPerYear: periodsPerYear(options.series), riskFreeRate: options.riskFreeRate,
    }),
    equity: times.map((t, index) => ({ t, equity: stitched.equity[index]! })),
  };
}
