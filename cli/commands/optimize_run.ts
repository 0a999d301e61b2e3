/** What `btp optimize` does; loaded only when it runs (cli/commands/optimize.ts registers it). */
import { loadConfig } from '../../adk.config.js';
import { experimentFromOptimization } from '../../memory/experiment_from_optimization.js';
import { openExperimentRepository, storeLocationOf } from '../../memory/open_repository.js';
import { BacktestPilotError, isBacktestPilotError } from '../../tools/errors.js';
import { closeOptimizationPool } from '../../tools/optimization/scoring/optimization_pool.js';
import type { OptimizationRun } from '../../tools/optimization/optimize_strategy.js';
import { SEARCH_METHODS, type SearchMethodName } from '../../tools/optimization/methods/search_context.js';
import { prepareOptimization, runOptimization } from '../../tools/pipeline/run_optimization.js';
import { assertMetricKey } from '../../tools/risk/index.js';
import { renderOptimization } from '../../tools/report/terminal/optimization_format.js';
import { buildReport } from '../../tools/report/build_report.js';
import { optimizationReportInput } from '../../tools/report/direct_run_inputs.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { describeWrittenFiles, reportFileRequest, wantsReportFiles, writeRequestedReportFiles, type ReportFileFlags } from '../report_options.js';
import { reportSaveFailure } from '../report_error.js';
import { createSearchProgress } from '../search_progress.js';
import { detachFleetSweep, runFleetSweep, type SweepOutcome } from '../fleet_sweep.js';
import { experimentStoreOf } from '../../queue/sweep_experiment.js';
import { jobSizeFor } from '../../queue/job_size.js';
import type { FleetProgress } from '../../queue/sweep_fleet.js';
import type { OptimizeSweepRequest } from '../../queue/optimize_sweep_request.js';
import type { RemoteBatchScorer } from '../../tools/optimization/scoring/remote_batch_scorer.js';

/** `btp optimize`'s flags: the sweep request a fleet run keeps, and where to write the report. */
export interface OptimizeFlags extends OptimizeSweepRequest, ReportFileFlags {}

/** `print` writes the answer to stdout; `quiet` (a worker coordinating a detached sweep) only saves it. */
export type CommandOutput = 'print' | 'quiet';

const MAX_TRIALS = 1_000_000;

function methodOf(flag: string): SearchMethodName {
  const method = SEARCH_METHODS.find((name) => name === flag);
  if (!method) throw new BacktestPilotError('bad_flag', `--method must be one of ${SEARCH_METHODS.join(', ')}, got "${flag}"`, { method: flag, methods: [...SEARCH_METHODS] });
  return method;
}

function wholeNumber(flag: string, value: number | undefined, min: number, max: number): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return value;
  throw new BacktestPilotError('bad_flag', `${flag} must be a whole number from ${min} to ${max}, got ${value}`, { flag, value });
}

/** Where a run was saved: its id, its timestamp and its store (what a sweep records to find it again). */
interface SavedRun {
  id: number;
  timestamp: string;
  store: string;
}

/** Saves the run; a store that cannot be written is reported, never allowed to cost the user the result. */
async function saveRun(run: OptimizationRun, facts: Parameters<typeof experimentFromOptimization>[1], report: ReportDocument): Promise<SavedRun | { error: ReturnType<BacktestPilotError['toJSON']> }> {
  try {
    const repository = await openExperimentRepository(storeLocationOf(loadConfig()));
    try {
      const saved = await repository.save({ ...experimentFromOptimization(run, facts), report: report as unknown as Record<string, unknown> });
      return { id: saved.id, timestamp: saved.timestamp, store: experimentStoreOf(repository.location) };
    } finally {
      await repository.close();
    }
  } catch (error) {
    if (isBacktestPilotError(error)) return { error: error.toJSON() };
    throw error;
  }
}

/** How the fleet is doing, for the progress bar. */
function describeFleet(progress: FleetProgress, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(progress.candidatesDone / seconds) : 0;
  return `jobs ${progress.jobsDone}/${progress.jobsAdded} · ${rate.toLocaleString('en-US')} candidates/s · ${progress.workers.size} worker${progress.workers.size === 1 ? '' : 's'}`;
}

/**
 * `btp optimize`: in this process, or with --queue on a worker fleet as a sweep (the same search,
 * the same numbers bit for bit); `resumeId` continues a fleet sweep (btp sweep --resume).
 */
/** `btp optimize …` as typed. */
function typedCommand(): string {
  return ['btp', ...process.argv.slice(Math.max(0, process.argv.indexOf('optimize')))].join(' ');
}

export async function optimizeCommand(given: OptimizeFlags, resumeId?: number, output: CommandOutput = 'print', stop?: AbortSignal): Promise<void> {
  const flags = { ...given, commandLine: given.commandLine ?? typedCommand() };
  if (flags.queue === undefined && resumeId === undefined && !flags.detach) {
    if (flags.jobSize !== undefined) {
      throw new BacktestPilotError('usage', '--job-size applies only with --queue (candidates per fleet job); drop it, or add --queue redis://127.0.0.1:6379', { job_size: flags.jobSize });
    }
    await optimizeHere(flags, output);
    return;
  }
  if (flags.detach && resumeId === undefined) {
    if (wantsReportFiles(reportFileRequest(flags))) {
      throw new BacktestPilotError('usage', '--detach returns before the search ends, so it writes no report files here: drop --html/--svg-dir/--png-dir/--trades-csv, and when the sweep is done run btp report <experiment id> --html <file>', {});
    }
    // Checked here, before anything is queued: a request that cannot run is refused now, not by a worker later.
    await prepareFromFlags(flags);
    await detachFleetSweep({ queue: flags.queue, kind: 'optimize', request: { ...flags, detach: undefined } }, flags.json);
    return;
  }
  await runFleetSweep({ queue: flags.queue, kind: 'optimize', request: { ...flags }, resumeId, stop }, ({ fleet, sweep, resume, assertRunning }) => optimizeHere(flags, output, {
    sweep: sweep.id, assertRunning,
    scorerFor: (bars, candidates) => fleet.scorer(sweep, { jobSize: flags.jobSize ?? jobSizeFor(bars, candidates), invalidRows: loadConfig().invalidRows, resume }),
  }), (outcome) => outcome);
}

interface FleetScoring {
  /** The fleet's scorer for a search of this many candidates over this many bars (its jobs sized to them unless --job-size says). */
  scorerFor: (bars: number, candidates: number) => RemoteBatchScorer & { progress: FleetProgress };
  sweep: number;
  /** Throws sweep_cancelled when the sweep was cancelled while it ran: then nothing is saved. */
  assertRunning: () => Promise<void>;
}

/** The flags checked and the search prepared (its data loaded): what runs, or what a detach checks first. */
async function prepareFromFlags(flags: OptimizeFlags) {
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
  }, loadConfig());
  return { prepared, rankBy };
}

async function optimizeHere(flags: OptimizeFlags, output: CommandOutput, fleet?: FleetScoring): Promise<SweepOutcome> {
  const startedAt = performance.now();
  const config = loadConfig();
  const { prepared, rankBy } = await prepareFromFlags(flags);
  const { series, range, settings } = prepared;
  const scorer = fleet?.scorerFor(series.time.length, prepared.budget);
  if (scorer) prepared.input.remote = scorer;
  const progress = createSearchProgress(prepared.budget, {
    enabled: !flags.json && process.stderr.isTTY === true, fleet: scorer && (() => describeFleet(scorer.progress, startedAt)),
  });
  try {
    const run = await runOptimization(prepared, progress.onProgress).finally(progress.stop);
    const userQuery = flags.commandLine ?? typedCommand();
    const document = buildReport(optimizationReportInput(run, rankBy, { request: userQuery, riskFreeRate: config.riskFreeRate, prices: new Map([[series.symbol, series]]) }));
    await fleet?.assertRunning();
    const saved = await saveRun(run, {
      userQuery, series, range, settings, riskFreeRate: config.riskFreeRate, rankBy, executionTime: performance.now() - startedAt,
    }, document);
    // Printed as before: the id, or why it could not be saved.
    const experiment = 'id' in saved ? { id: saved.id } : saved;
    // btp sweep and every fleet command load this module too: the renderers load only for a file.
    const files = await writeRequestedReportFiles({ ...document, experiment_id: 'id' in experiment ? experiment.id : null }, reportFileRequest(flags));
    const sweep = fleet && scorer && {
      id: fleet.sweep, jobs: scorer.progress.jobsDone, jobs_reused: scorer.progress.jobsReused, workers: [...scorer.progress.workers].sort(),
    };
    if (output === 'print') {
      process.stdout.write(flags.json
        ? `${JSON.stringify({ ...run.report, experiment, files, ...(sweep ? { sweep } : {}) })}\n`
        : `${[renderOptimization(run.report, experiment), ...describeWrittenFiles(files)].join('\n')}\n`);
    }
    if ('error' in experiment) {
      // A detached sweep has no one to print to: its sweep fails, with the reason, and can be resumed.
      if (output === 'quiet') throw new BacktestPilotError('internal', `the result could not be saved: ${experiment.error.message}`, { save_error: experiment.error.code });
      reportSaveFailure(experiment.error);
    }
    const best = Object.entries(run.report.best.params).map(([name, value]) => `${name}=${value}`).join(', ');
    return {
      summary: `${run.report.strategy} on ${run.report.symbol}: best ${best} after ${run.report.trials} trials`,
      ...('id' in saved ? { experiment_id: saved.id, experiment_store: saved.store, experiment_created_at: saved.timestamp } : {}),
    };
  } finally {
    // A worker coordinating a detached sweep shares its threads with the jobs it runs at the same time: they stay.
    if (output === 'print') await closeOptimizationPool();
  }
}
