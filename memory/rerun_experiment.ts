import { dataRefOf } from '../tools/data/data_ref.js';
import { resolveEngineSettings } from '../tools/backtest/engine_settings.js';
import { csvFolderSource } from '../tools/data/index.js';
import type { OhlcvSeries } from '../tools/data/types.js';
import { BacktestPilotError, type ErrorCode } from '../tools/errors.js';
import type { RequestSpec } from '../tools/request/request_spec.js';
import { runWindowFor } from '../tools/request/run_window.js';
import { validateRequestSpec } from '../tools/request/validate_request_spec.js';
import { planJobs } from '../tools/pipeline/plan_jobs.js';
import { runBacktests } from '../tools/pipeline/run_backtests.js';
import type { MetricKey, PerformanceMetrics } from '../tools/risk/types.js';
import { runSpecPortfolio } from '../tools/portfolio/portfolio_from_spec.js';
import { summarizePortfolioRun } from '../tools/portfolio/portfolio_summary.js';
import { comparePortfolio, compareResults, type ResultDifference } from './compare_results.js';
import { DateWindowSchema, type DateWindow } from '../tools/dates/date_window.js';
import type { DataFileRecord } from './experiment_schemas.js';
import type { ExperimentRepository } from './experiment_repository.js';
import type { Experiment } from './get_experiment.js';
import { appVersion } from '../tools/package_root.js';
import { parseInput } from './parse_input.js';
import { toStoredResult } from './stored_result.js';

/** A data file whose bytes (or choice) are not what the saved experiment used. */
export interface DataChange {
  symbol: string;
  file: string;
  saved_sha256: string;
  current_file: string;
  current_sha256: string;
}

export interface RerunOutcome {
  id: number;
  /** True when the run used the saved window and every number and curve came out bit-identical. */
  match: boolean;
  differences: ResultDifference[];
  data_changed: DataChange[];
  window: DateWindow;
  same_window: boolean;
  rank_by: MetricKey;
  /** The new run's results, ranked by `rank_by` as the experiment ranked them. */
  results: Array<{ rank: number; symbol: string; strategy: string; params: Record<string, number>; metrics: PerformanceMetrics }>;
  /** The new run of the request's portfolio (its weights chosen again when it named an objective); null when it had none. */
  portfolio: { weights: Record<string, number>; rebalance: string; range: { start: string; end: string; bars: number }; metrics: PerformanceMetrics } | null;
  /** A run on another window is saved as a new experiment (its `rerun_of` is `id`); null otherwise. */
  new_experiment_id: number | null;
}

export interface RerunDependencies {
  dataDir: string;
  cacheDir: string;
  /** YYYY-MM-DD that a new window is checked against (no future dates). */
  today: () => string;
  /** Epoch ms: when a run on another window is saved. */
  now: () => number;
}

export interface RerunOptions {
  /** Run on this window instead of the saved one; a missing end keeps the saved end, and so on. */
  window?: DateWindow;
}

/** The window of the re-run: the saved one, or a new one checked against the data like any request. */
async function rerunWindow(experiment: Experiment, requested: DateWindow | undefined, dependencies: RerunDependencies): Promise<DateWindow> {
  if (requested === undefined) return experiment.run_window;
  const start = requested.start ?? experiment.run_window.start;
  const end = requested.end ?? experiment.run_window.end;
  const dateRange = { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
  const spec: RequestSpec = { ...experiment.request_spec, date_range: dateRange };
  const listing = await csvFolderSource(dependencies).list();
  const outcome = validateRequestSpec(spec, { today: dependencies.today(), symbols: listing });
  if (!outcome.ok) {
    const { code, message, ...details } = outcome.error;
    throw new BacktestPilotError(code as ErrorCode, `cannot re-run experiment ${experiment.id} on that window: ${message}`, details);
  }
  return runWindowFor(outcome.spec, listing);
}

function dataChanges(saved: readonly DataFileRecord[], loaded: readonly OhlcvSeries[]): DataChange[] {
  return saved.flatMap((record) => {
    const current = loaded.find((series) => series.symbol === record.symbol);
    if (!current || (current.file === record.file && current.sha256 === record.sha256)) return [];
    return [{ symbol: record.symbol, file: record.file, saved_sha256: record.sha256, current_file: current.file, current_sha256: current.sha256 }];
  });
}

const sameWindow = (a: DateWindow, b: DateWindow) => a.start === b.start && a.end === b.end;

/**
 * Repeats a saved experiment: the same request, engine settings, risk-free rate and data interval,
 * on the saved window (or another one), and reports whether every number matches bit for bit and
 * which data files changed since. A run on another window is saved as a new experiment.
 */
export async function rerunExperiment(
  repository: ExperimentRepository, id: number, dependencies: RerunDependencies, options: RerunOptions = {},
): Promise<RerunOutcome> {
  const startedAt = performance.now();
  const experiment = await repository.get(id);
  const requested = options.window === undefined ? undefined : parseInput(DateWindowSchema, options.window, 're-run window', 'bad_date');
  const window = await rerunWindow(experiment, requested, dependencies);
  const spec = experiment.request_spec;
  const { risk_free_rate: riskFreeRate, ...settings } = experiment.engine_settings;
  const { jobs, series: seriesList } = await planJobs({
    symbols: spec.symbols, strategies: spec.strategies, window, settings: resolveEngineSettings(settings), riskFreeRate,
    interval: (symbol) => experiment.data_files.find((file) => file.symbol === symbol)?.interval,
    // The parameters as they ran, defaults included: a changed default must not change a re-run silently.
    paramsOf: (strategy) => experiment.parameters[strategy],
  }, dependencies);
  const { results } = await runBacktests(jobs, { rankBy: spec.rank_by });
  // The portfolio with the saved costs, capital and parameters too, whatever the defaults are now.
  const portfolioSpec: RequestSpec = {
    ...spec, fees_bps: settings.fees_bps, slippage_bps: settings.slippage_bps, initial_capital: settings.initial_capital,
    strategies: spec.strategies.map((strategy) => ({ ...strategy, params: experiment.parameters[strategy.name] ?? strategy.params })),
  };
  const portfolioRun = await runSpecPortfolio(portfolioSpec, window, { dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir, riskFreeRate });
  const portfolio = portfolioRun ? summarizePortfolioRun(portfolioRun) : null;
  const same = sameWindow(window, experiment.run_window);
  const differences = [...compareResults(experiment.results, results), ...comparePortfolio(experiment.portfolio, portfolio)];
  const baselines = new Set(spec.strategies.filter((strategy) => strategy.baseline).map((strategy) => strategy.name));
  const newExperiment = same ? null : await repository.save({
    timestamp: dependencies.now(),
    user_query: `re-run of experiment ${experiment.id} from ${window.start ?? 'the start of the data'} to ${window.end ?? 'the end of the data'}`,
    request_spec: { ...spec, date_range: window },
    run_window: window,
    results: results.map((result, index) => toStoredResult(result, index + 1, baselines.has(result.strategy))),
    portfolio,
    data_files: seriesList.map((series) => ({ symbol: series.symbol, ...dataRefOf(series) })),
    engine_settings: experiment.engine_settings,
    execution_time: performance.now() - startedAt,
    agent_trace: [],
    app_version: appVersion(),
    rerun_of: experiment.id,
  });
  return {
    id: experiment.id,
    match: same && differences.length === 0,
    differences,
    data_changed: dataChanges(experiment.data_files, seriesList),
    window,
    same_window: same,
    rank_by: spec.rank_by,
    results: results.map((result, index) => ({ rank: index + 1, symbol: result.symbol, strategy: result.strategy, params: result.params, metrics: result.metrics })),
    portfolio: portfolio && { weights: portfolio.weights, rebalance: portfolio.rebalance, range: portfolio.range, metrics: portfolio.metrics },
    new_experiment_id: newExperiment?.id ?? null,
  };
}
