/** What `btp optimize` does; loaded only when it runs (cli/commands/optimize.ts registers it). */
import { loadConfig } from '../../adk.config.js';
import { experimentFromOptimization } from '../../memory/experiment_from_optimization.js';
import { openExperimentStore } from '../../memory/experiment_store.js';
import { saveExperiment } from '../../memory/save_experiment.js';
import { resolveEngineSettings } from '../../tools/backtest/engine_settings.js';
import { loadSeries } from '../../tools/data/index.js';
import { BacktestPilotError, isBacktestPilotError } from '../../tools/errors.js';
import { closeOptimizationPool } from '../../tools/optimization/optimization_pool.js';
import { optimizeStrategy, type OptimizationRun } from '../../tools/optimization/optimize_strategy.js';
import { gridSize } from '../../tools/optimization/candidates.js';
import { DEFAULT_TRIALS_PER_ITERATION } from '../../tools/optimization/optimize_toward_target.js';
import { gridAxesFor } from '../../tools/optimization/parameter_search.js';
import { SEARCH_METHODS, type SearchMethodName } from '../../tools/optimization/search_context.js';
import { MAX_TARGET_ITERATIONS } from '../../tools/optimization/target_search.js';
import type { Targets } from '../../tools/optimization/targets.js';
import { DEFAULT_WALK_FORWARD_FOLDS } from '../../tools/optimization/walk_forward.js';
import { assertMetricKey } from '../../tools/risk/index.js';
import { renderOptimization } from '../../tools/report/terminal/optimization_format.js';
import { buildReport } from '../../tools/report/build_report.js';
import { optimizationReportInput } from '../../tools/report/direct_run_inputs.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { writeReportFiles } from '../../tools/report/report_files.js';
import { describeWrittenFiles, reportFileRequest, type ReportFileFlags } from '../report_options.js';
import { createSearchProgress } from '../search_progress.js';

export interface OptimizeFlags extends ReportFileFlags {
  symbol: string;
  strategy: string;
  from?: string;
  to?: string;
  interval: string;
  method: string;
  target?: Targets;
  trials?: number;
  seed?: number;
  holdout?: number;
  walkForward?: boolean;
  folds?: number;
  anchored?: boolean;
  rankBy?: string;
  feesBps?: number;
  slippageBps?: number;
  capital?: number;
  allowShort?: boolean;
  json?: boolean;
}

const MAX_TRIALS = 1_000_000;

function methodOf(flag: string): SearchMethodName {
  const method = SEARCH_METHODS.find((name) => name === flag);
  if (!method) throw new BacktestPilotError('bad_input', `--method must be one of ${SEARCH_METHODS.join(', ')}, got "${flag}"`, { method: flag, methods: [...SEARCH_METHODS] });
  return method;
}

function wholeNumber(flag: string, value: number | undefined, min: number, max: number): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return value;
  throw new BacktestPilotError('bad_input', `${flag} must be a whole number from ${min} to ${max}, got ${value}`, { flag, value });
}

/** Saves the run; a store that cannot be written is reported, never allowed to cost the user the result. */
function saveRun(run: OptimizationRun, facts: Parameters<typeof experimentFromOptimization>[1], report: ReportDocument): { id: number } | { error: ReturnType<BacktestPilotError['toJSON']> } {
  try {
    const store = openExperimentStore(loadConfig().databasePath);
    try {
      return { id: saveExperiment(store, { ...experimentFromOptimization(run, facts), report: report as unknown as Record<string, unknown> }).id };
    } finally {
      store.close();
    }
  } catch (error) {
    if (isBacktestPilotError(error)) return { error: error.toJSON() };
    throw error;
  }
}

export async function optimizeCommand(flags: OptimizeFlags): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const method = methodOf(flags.method);
  const rankBy = flags.rankBy ?? 'sharpe_ratio';
  assertMetricKey(rankBy);
  const trials = wholeNumber('--trials', flags.trials, 1, MAX_TRIALS);
  const seed = wholeNumber('--seed', flags.seed, 0, 2 ** 32 - 1);
  const settings = resolveEngineSettings({
    fees_bps: flags.feesBps, slippage_bps: flags.slippageBps, initial_capital: flags.capital, allow_short: flags.allowShort,
  });
  const range = flags.from === undefined && flags.to === undefined ? undefined : { start: flags.from, end: flags.to };
  const series = await loadSeries(flags.symbol, { dataDir: config.dataDir, cacheDir: config.cacheDir, interval: flags.interval, range });
  const budget = method === 'grid'
    ? gridSize(gridAxesFor(flags.strategy, undefined, { maxTrials: trials }))
    : trials ?? DEFAULT_TRIALS_PER_ITERATION * MAX_TARGET_ITERATIONS;
  const progress = createSearchProgress(budget, { enabled: !flags.json && process.stderr.isTTY === true });
  try {
    const run = await optimizeStrategy({
      series, strategy: flags.strategy, range, settings, riskFreeRate: config.riskFreeRate, method, trials, seed,
      targets: flags.target, rankBy, holdoutFraction: flags.holdout, onProgress: progress.onProgress,
      walkForward: flags.walkForward ? { mode: flags.anchored ? 'anchored' : 'rolling', folds: flags.folds ?? DEFAULT_WALK_FORWARD_FOLDS } : undefined,
    }).finally(progress.stop);
    const userQuery = ['btp', ...process.argv.slice(process.argv.indexOf('optimize'))].join(' ');
    const document = buildReport(optimizationReportInput(run, rankBy, { request: userQuery, riskFreeRate: config.riskFreeRate, prices: new Map([[series.symbol, series]]) }));
    const experiment = saveRun(run, {
      userQuery, series, range, settings, riskFreeRate: config.riskFreeRate, rankBy, executionTime: performance.now() - startedAt,
    }, document);
    const files = writeReportFiles({ ...document, experiment_id: 'id' in experiment ? experiment.id : null }, reportFileRequest(flags));
    process.stdout.write(flags.json
      ? `${JSON.stringify({ ...run.report, experiment, files })}\n`
      : `${[renderOptimization(run.report, experiment), ...describeWrittenFiles(files)].join('\n')}\n`);
  } finally {
    await closeOptimizationPool();
  }
}
