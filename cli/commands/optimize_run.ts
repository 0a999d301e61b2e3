/** What `btp optimize` does; loaded only when it runs (cli/commands/optimize.ts registers it). */
import { loadConfig } from '../../adk.config.js';
import { experimentFromOptimization } from '../../memory/experiment_from_optimization.js';
import { openExperimentRepository, storeLocationOf } from '../../memory/open_repository.js';
import { BacktestPilotError, isBacktestPilotError } from '../../tools/errors.js';
import { closeOptimizationPool } from '../../tools/optimization/optimization_pool.js';
import type { OptimizationRun } from '../../tools/optimization/optimize_strategy.js';
import { SEARCH_METHODS, type SearchMethodName } from '../../tools/optimization/search_context.js';
import type { Targets } from '../../tools/optimization/targets.js';
import { prepareOptimization, runOptimization } from '../../tools/pipeline/run_optimization.js';
import { assertMetricKey } from '../../tools/risk/index.js';
import { renderOptimization } from '../../tools/report/terminal/optimization_format.js';
import { buildReport } from '../../tools/report/build_report.js';
import { optimizationReportInput } from '../../tools/report/direct_run_inputs.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { writeReportFiles } from '../../tools/report/report_files.js';
import { describeWrittenFiles, reportFileRequest, type ReportFileFlags } from '../report_options.js';
import { reportSaveFailure } from '../report_error.js';
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
async function saveRun(run: OptimizationRun, facts: Parameters<typeof experimentFromOptimization>[1], report: ReportDocument): Promise<{ id: number } | { error: ReturnType<BacktestPilotError['toJSON']> }> {
  try {
    const repository = await openExperimentRepository(storeLocationOf(loadConfig()));
    try {
      return { id: (await repository.save({ ...experimentFromOptimization(run, facts), report: report as unknown as Record<string, unknown> })).id };
    } finally {
      await repository.close();
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
  const prepared = await prepareOptimization({
    symbol: flags.symbol, strategy: flags.strategy, from: flags.from, to: flags.to, interval: flags.interval, method, targets: flags.target,
    trials, seed, holdoutFraction: flags.holdout, rankBy,
    walkForward: flags.walkForward ? { anchored: flags.anchored === true, folds: flags.folds } : undefined,
    fees_bps: flags.feesBps, slippage_bps: flags.slippageBps, initial_capital: flags.capital, allow_short: flags.allowShort,
  }, config);
  const { series, range, settings } = prepared;
  const progress = createSearchProgress(prepared.budget, { enabled: !flags.json && process.stderr.isTTY === true });
  try {
    const run = await runOptimization(prepared, progress.onProgress).finally(progress.stop);
    const userQuery = ['btp', ...process.argv.slice(process.argv.indexOf('optimize'))].join(' ');
    const document = buildReport(optimizationReportInput(run, rankBy, { request: userQuery, riskFreeRate: config.riskFreeRate, prices: new Map([[series.symbol, series]]) }));
    const experiment = await saveRun(run, {
      userQuery, series, range, settings, riskFreeRate: config.riskFreeRate, rankBy, executionTime: performance.now() - startedAt,
    }, document);
    const files = writeReportFiles({ ...document, experiment_id: 'id' in experiment ? experiment.id : null }, reportFileRequest(flags));
    process.stdout.write(flags.json
      ? `${JSON.stringify({ ...run.report, experiment, files })}\n`
      : `${[renderOptimization(run.report, experiment), ...describeWrittenFiles(files)].join('\n')}\n`);
    if ('error' in experiment) reportSaveFailure(experiment.error);
  } finally {
    await closeOptimizationPool();
  }
}
