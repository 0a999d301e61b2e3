import { dataRefOf } from '../tools/data/data_ref.js';
import type { DateWindow } from '../tools/dates/date_window.js';
import { describeEngineSettings } from '../tools/backtest/engine_settings.js';
import type { OhlcvSeries } from '../tools/data/types.js';
import type { OptimizationRun } from '../tools/optimization/optimize_strategy.js';
import type { MetricKey } from '../tools/risk/types.js';
import type { EngineSettings } from '../tools/strategy/engine/types.js';
import type { ExperimentInput } from './experiment_schemas.js';
import { appVersion } from '../tools/package_root.js';
import { toStoredResult } from './stored_result.js';

export interface OptimizationRunFacts {
  userQuery: string;
  series: OhlcvSeries;
  /** The window the user asked for (the search saw only its in-sample part). */
  range: DateWindow | undefined;
  settings: EngineSettings;
  riskFreeRate: number;
  rankBy: MetricKey;
  executionTime: number;
}

/**
 * A `btp optimize` run as an experiment: the chosen parameters' in-sample result is the experiment's
 * result (its spec and window re-run bit for bit), and the optimisation record holds the rest —
 * method, seed, the held-out figures, the deflated Sharpe ratio, the warning, the walk-forward
 * folds and every trial's parameters and score (`trial_log`).
 */
export function experimentFromOptimization(run: OptimizationRun, facts: OptimizationRunFacts): ExperimentInput {
  const { report } = run;
  // The heatmap is a view of the trials, which the trial log keeps; the walk-forward curve is left out for its size.
  const { walk_forward: walkForward, heatmap: _view, ...record } = report;
  return {
    user_query: facts.userQuery,
    request_spec: {
      symbols: [report.symbol],
      strategies: [{ name: report.strategy, params: report.best.params }],
      date_range: report.in_sample_range,
      targets: Object.fromEntries(report.target_checks.map((check) => [check.metric, { operator: check.operator, value: check.target }])),
      optimization_required: true,
      portfolio: null,
      fees_bps: facts.settings.feesBps,
      initial_capital: facts.settings.initialCapital,
      rank_by: facts.rankBy,
      slippage_bps: facts.settings.slippageBps,
      allow_short: facts.settings.allowShort,
    },
    run_window: report.in_sample_range,
    results: [toStoredResult(run.selection.in_sample, 1, false)],
    data_files: [{ symbol: facts.series.symbol, ...dataRefOf(facts.series) }],
    engine_settings: { ...describeEngineSettings(facts.settings), risk_free_rate: facts.riskFreeRate },
    execution_time: facts.executionTime,
    agent_trace: [],
    optimization: {
      source: 'btp optimize',
      requested_window: facts.range ?? {},
      ...record,
      walk_forward: walkForward && { mode: walkForward.mode, folds: walkForward.folds, out_of_sample: walkForward.out_of_sample },
      trial_log: run.trialLog,
    },
    app_version: appVersion(),
  };
}
