/** Batch backtests: every strategy on every symbol at every interval, here or on a worker fleet. */
import { loadSeries } from '../data/load_series.js';
import { listDataDirectory } from '../data/supported_symbols.js';
import type { InvalidRowPolicy } from '../data/row_rules.js';
import type { OhlcvSeries } from '../data/types.js';
import { BacktestPilotError, isBacktestPilotError } from '../errors.js';
import { rankResults } from '../risk/rank_results.js';
import type { MetricKey } from '../risk/types.js';
import { getStrategy, listStrategyIds, resolveStrategyParams } from '../strategy/registry.js';
import type { BacktestJob } from './backtest_job.js';
import type { BacktestSummary } from './backtest_summary.js';
import { BatchSweepRequestSchema, MAX_SWEEP_BACKTESTS, type BatchSweepRequest, type BatchSweepRequestInput } from './batch_sweep_request.js';
import { resolveEngineSettings } from './engine_settings.js';
import type { RemoteBacktestRunner } from './remote_backtest_runner.js';
import { summarizeBacktestJobs } from './worker_pool.js';

export interface SweepDataContext {
  dataDir: string;
  cacheDir?: string;
  riskFreeRate?: number;
  invalidRows?: InvalidRowPolicy;
}

export interface BatchSweepPlan {
  request: BatchSweepRequest;
  /** Interval-major, then symbol, then strategy: the order results keep among equals. */
  jobs: BacktestJob[];
  series: OhlcvSeries[];
}

export interface BatchSweepRun {
  /** Best first by `rank_by`; ties keep the plan's order. */
  results: BacktestSummary[];
  rank_by: MetricKey;
  /** Every result's notes, each once. */
  notes: string[];
}

/** Backtests a local slice runs at once: bounded, so a 100,000-run sweep never holds more than this many results. */
const LOCAL_SLICE = 256;
/**
 * Bar-runs above which a slice goes to worker threads: lower than a plain batch's threshold, since
 * each summary also hashes its curves, which costs about as much as the backtest (see npm run bench).
 */
const SUMMARY_THREAD_BAR_RUNS = 200_000;

function invalid(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): BacktestPilotError {
  const details = issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
  return new BacktestPilotError('bad_request', `invalid sweep: ${details.join('; ')}`, { issues: details });
}

/**
 * Checks the whole sweep before any backtest runs: the request, every strategy and its parameters,
 * and that every symbol has data at every interval (one error names all the missing pairs).
 */
export async function planBatchSweep(input: BatchSweepRequestInput, context: SweepDataContext): Promise<BatchSweepPlan> {
  const parsed = BatchSweepRequestSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const request = parsed.data;
  const settings = resolveEngineSettings(request);
  const strategies = request.strategies === 'all' ? listStrategyIds().map((name) => ({ name, params: undefined })) : request.strategies;
  for (const selection of strategies) {
    getStrategy(selection.name);
    resolveStrategyParams(selection.name, selection.params);
  }
  const window = { start: request.start, end: request.end };
  const pairs = await pairsOf(request, context);
  if (pairs.length === 0) {
    throw new BacktestPilotError('interval_unavailable', `the data folder ${context.dataDir} has no symbol at ${request.intervals.join(', ')}; btp symbols lists what it has`, { intervals: request.intervals });
  }
  if (pairs.length * strategies.length > MAX_SWEEP_BACKTESTS) {
    throw new BacktestPilotError('sweep_too_large', `the sweep would run ${(pairs.length * strategies.length).toLocaleString('en-US')} backtests; at most ${MAX_SWEEP_BACKTESTS.toLocaleString('en-US')} per sweep`, { backtests: pairs.length * strategies.length });
  }
  const loads = await Promise.allSettled(pairs.map(({ symbol, interval }) => loadSeries(symbol, {
    dataDir: context.dataDir, cacheDir: context.cacheDir, interval, range: window, invalidRows: context.invalidRows,
  })));
  const missing = loads.flatMap((load, index) => (load.status === 'rejected' ? [{ ...pairs[index]!, error: load.reason as unknown }] : []));
  if (missing.length > 0) {
    const unexpected = missing.find((one) => !isBacktestPilotError(one.error));
    if (unexpected) throw unexpected.error;
    // One line per distinct reason (an unknown symbol fails at every interval for the same reason).
    const reasons = [...new Set(missing.map((one) => (one.error as BacktestPilotError).message))];
    const first = missing[0]!.error as BacktestPilotError;
    const listed = missing.map((one) => `${one.symbol} ${one.interval}`).join(', ');
    throw new BacktestPilotError(first.code, `the sweep cannot run: ${missing.length} of ${pairs.length} symbol × interval pairs have no usable data: ${listed}. ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? `; and ${reasons.length - 3} more reasons` : ''}. Nothing was run`, {
      missing: missing.map(({ symbol, interval }) => ({ symbol, interval })),
    });
  }
  const series = loads.map((load) => (load as PromiseFulfilledResult<OhlcvSeries>).value);
  const seen = new Map<string, string>();
  series.forEach((one, index) => {
    const key = `${one.symbol} ${one.interval}`;
    const asked = pairs[index]!.symbol;
    if (seen.has(key)) throw new BacktestPilotError('bad_request', `"${seen.get(key)}" and "${asked}" are the same symbol (${one.symbol}); list it once`, { symbol: one.symbol });
    seen.set(key, asked);
  });
  const jobs = series.flatMap((one) => strategies.map((strategy): BacktestJob => ({
    series: one, strategy: strategy.name, params: strategy.params, range: window, settings, riskFreeRate: context.riskFreeRate,
  })));
  return { request, jobs, series };
}

/** The symbol × interval pairs to run, interval-major: as listed, or ("all") each symbol the data folder has at each interval (or can build from a finer file: 4h from 1h). */
async function pairsOf(request: BatchSweepRequest, context: SweepDataContext): Promise<Array<{ symbol: string; interval: string }>> {
  if (request.symbols !== 'all') {
    const symbols = request.symbols;
    return request.intervals.flatMap((interval) => symbols.map((symbol) => ({ symbol, interval })));
  }
  const { symbols: files, built } = await listDataDirectory(context.dataDir, { cacheDir: context.cacheDir });
  const symbols = [...files, ...built];
  return request.intervals.flatMap((interval) => [...new Set(symbols.filter((info) => info.interval === interval).map((info) => info.symbol))]
    .map((symbol) => ({ symbol, interval })));
}

function slicesOf<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}

/**
 * Runs a plan's backtests: here in slices (worker threads when a slice is heavy), or on `remote`
 * with every slice sent at once. The results are the same either way, so is the ranking.
 */
export async function runBatchSweep(plan: BatchSweepPlan, options: {
  remote?: RemoteBacktestRunner;
  onProgress?: (done: number, total: number) => void;
} = {}): Promise<BatchSweepRun> {
  const total = plan.jobs.length;
  let done = 0;
  const finish = (summaries: BacktestSummary[]): BacktestSummary[] => {
    done += summaries.length;
    options.onProgress?.(done, total);
    return summaries;
  };
  let summaries: BacktestSummary[];
  if (options.remote) {
    const remote = options.remote;
    summaries = (await Promise.all(slicesOf(plan.jobs, remote.jobSize).map(async (slice) => finish(await remote.run(slice))))).flat();
  } else {
    summaries = [];
    for (const slice of slicesOf(plan.jobs, LOCAL_SLICE)) {
      const barRuns = slice.reduce((sum, job) => sum + job.series.close.length, 0);
      summaries.push(...finish(await summarizeBacktestJobs(slice, barRuns >= SUMMARY_THREAD_BAR_RUNS ? 'workers' : 'in_process')));
    }
  }
  const rankBy = plan.request.rank_by as MetricKey;
  return { results: rankResults(summaries, rankBy), rank_by: rankBy, notes: [...new Set(summaries.flatMap((summary) => summary.notes))] };
}
