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
import { renderOptimization } from '../format/optimization_format.js';
import { createSearchProgress } from '../search_progress.js';

export interface OptimizeFlags {
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
async function saveRun(run: OptimizationRun, facts: Parameters<typeof experimentFromOptimization>[1]): Promise<{ id: number } | { error: ReturnType<BacktestPilotError['toJSON']> }> {
  try {
    const repository = await openExperimentRepository(storeLocationOf(loadConfig()));
    try {
      return { id: (await repository.save(experimentFromOptimization(run, facts))).id };
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
    const experiment = await saveRun(run, {
      userQuery: ['btp', ...process.argv.slice(process.argv.indexOf('optimize'))].join(' '), series, range, settings,
      riskFreeRate: config.riskFreeRate, rankBy, executionTime: performance.now() - startedAt,
    });
    process.stdout.write(flags.json ? `${JSON.stringify({ ...run.report, experiment })}\n` : `${renderOptimization(run.report, experiment)}\n`);
  } finally {
    await closeOptimizationPool();
  }
}
