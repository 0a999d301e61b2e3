import type { ClosedDateWindow, DateWindow } from '../dates/date_window.js';
import type { PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';
import { assessSelection, type SelectionAssessment } from './holdout/assess_selection.js';
import { describeObjective } from './objective/objective.js';
import { optimizeTowardTarget, requireBest, type TargetOptimizationOptions } from './search/optimize_toward_target.js';
import { plotParameterHeatmap, type ParameterHeatmap } from './parameter_heatmap.js';
import { DEFAULT_HOLDOUT_FRACTION, splitInSample } from './holdout/sample_split.js';
import type { TrialRecord } from './search/search_iteration.js';
import { DEFAULT_SEED, searchSpaceOf } from './search/strategy_search.js';
import type { IterationSummary, MethodChoice } from './search/target_search.js';
import { evaluateTargets, type TargetCheck, type Targets } from './objective/targets.js';
import { planWalkForward, walkForward, type WalkForwardReport } from './walk_forward/walk_forward.js';
import type { WalkForwardMode } from './walk_forward/walk_forward_windows.js';

export interface OptimizeStrategyInput extends Omit<TargetOptimizationOptions, 'range' | 'targets'> {
  strategy: string;
  /** The whole window; the search sees only its in-sample part. */
  range?: DateWindow;
  targets?: Targets;
  /** Share of the window's days held out at its end (default 0.3). */
  holdoutFraction?: number;
  /** Also run a walk-forward analysis over the whole window. */
  walkForward?: { mode: WalkForwardMode; folds: number };
}

/** What `btp optimize --json` prints: metrics exactly as `btp backtest` computes them for these parameters and ranges. */
export interface OptimizationReport {
  symbol: string;
  strategy: string;
  method: MethodChoice;
  trials: number;
  seed: number;
  objective: string;
  best: { params: StrategyParams; in_sample: PerformanceMetrics; out_of_sample: PerformanceMetrics };
  in_sample_range: ClosedDateWindow;
  out_of_sample_range: ClosedDateWindow;
  deflated_sharpe_ratio: number | null;
  /** Whether every target held in sample (what the search optimised); null without targets. */
  targets_met: boolean | null;
  target_checks: TargetCheck[];
  /** The same targets checked on the held-out part. */
  out_of_sample_targets_met: boolean | null;
  overfitting_warning: string | null;
  iterations: IterationSummary[];
  /** The ranking metric over the first two parameters, best value per cell; null for one-parameter strategies. */
  heatmap: ParameterHeatmap | null;
  walk_forward: WalkForwardReport | null;
}

export interface OptimizationRun {
  report: OptimizationReport;
  /** Every trial's parameters, score and Sharpe ratio, for the experiment store. */
  trialLog: TrialRecord[];
  selection: SelectionAssessment;
}

/**
 * Optimises one strategy honestly: splits the window (the last 30 % held out by default), searches
 * the in-sample part with the target-driven loop and the chosen method, then reports the chosen
 * parameters on both parts, the deflated Sharpe ratio over all trials, an overfitting warning when
 * the held-out result collapses, heatmap data and, if asked, a walk-forward analysis.
 */
export async function optimizeStrategy(input: OptimizeStrategyInput): Promise<OptimizationRun> {
  const { series, strategy } = input;
  const targets = input.targets ?? {};
  const rankBy = input.rankBy ?? 'sharpe_ratio';
  const seed = input.seed ?? DEFAULT_SEED;
  const space = searchSpaceOf(strategy, input.searchSpace);
  const split = splitInSample(series, input.range, input.holdoutFraction ?? DEFAULT_HOLDOUT_FRACTION);
  const walkForwardOptions = input.walkForward && { ...input, rankBy, seed, targets, mode: input.walkForward.mode, folds: input.walkForward.folds };
  // Every window is checked before the first trial: a short fold must not cost the whole search first.
  if (walkForwardOptions) planWalkForward(strategy, walkForwardOptions);
  const search = await optimizeTowardTarget(strategy, targets, { ...input, rankBy, seed, range: split.in_sample });
  const best = requireBest(strategy, search.progress.best);
  const selection = assessSelection({
    series, strategy, params: best.params, split, settings: input.settings, riskFreeRate: input.riskFreeRate,
    trialSharpeRatios: search.progress.trial_log.map((trial) => trial.sharpe_ratio),
  });
  const hasTargets = Object.keys(targets).length > 0;
  const [x, y] = Object.keys(space);
  const report: OptimizationReport = {
    symbol: series.symbol,
    strategy,
    method: input.method ?? 'auto',
    trials: search.progress.trials,
    seed,
    objective: describeObjective(targets, rankBy),
    best: { params: best.params, in_sample: selection.in_sample.metrics, out_of_sample: selection.out_of_sample.metrics },
    in_sample_range: split.in_sample,
    out_of_sample_range: split.out_of_sample,
    deflated_sharpe_ratio: selection.deflated_sharpe_ratio,
    targets_met: hasTargets ? search.status === 'targets_met' : null,
    target_checks: best.targets?.checks ?? [],
    out_of_sample_targets_met: hasTargets ? evaluateTargets(selection.out_of_sample.metrics, targets).all_met : null,
    overfitting_warning: selection.overfitting_warning,
    iterations: search.progress.iterations,
    heatmap: x !== undefined && y !== undefined ? plotParameterHeatmap(search.candidates, { x, y, metric: rankBy }) : null,
    walk_forward: walkForwardOptions ? await walkForward(strategy, walkForwardOptions) : null,
  };
  return { report, trialLog: search.progress.trial_log, selection };
}
