/** What `btp sweep --symbols … --strategies … --intervals …` does; loaded only when it runs. */
import type { MetricKey } from '../../tools/risk/types.js';
import { SingleBar } from 'cli-progress';
import pc from 'picocolors';
import { loadConfig } from '../../adk.config.js';
import { DEFAULT_BACKTESTS_PER_JOB, type FleetProgress } from '../../queue/sweep_fleet.js';
import { planBatchSweep, runBatchSweep, type BatchSweepPlan, type BatchSweepRun } from '../../tools/backtest/batch_sweep.js';
import type { BatchSweepRequestInput } from '../../tools/backtest/batch_sweep_request.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import type { RemoteBacktestRunner } from '../../tools/backtest/remote_backtest_runner.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { describeStrategyRun, renderResultsTable } from '../../tools/report/terminal/results_table.js';
import { detachFleetSweep, runFleetSweep } from '../fleet_sweep.js';
import type { CommandOutput } from './optimize_run.js';

export interface BatchSweepFlags {
  symbols: string[] | 'all';
  strategies: Array<{ name: string; params?: Record<string, number> }> | 'all';
  intervals: string[];
  from?: string;
  to?: string;
  rankBy?: MetricKey;
  feesBps?: number;
  slippageBps?: number;
  fill?: 'next_open' | 'close';
  capital?: number;
  allowShort?: boolean;
  /** Rows the table shows; every row is in --json. */
  top: number;
  json?: boolean;
  queue?: string;
  /** Backtests per fleet job. */
  jobSize?: number;
  /** With the fleet: return at once, a worker runs the sweep and keeps its results in Redis. */
  detach?: boolean;
}

interface FleetRunning {
  runner: RemoteBacktestRunner;
  progress: FleetProgress;
  sweep: number;
}

function requestOf(flags: BatchSweepFlags): BatchSweepRequestInput {
  return {
    symbols: flags.symbols, strategies: flags.strategies, intervals: flags.intervals, start: flags.from, end: flags.to, rank_by: flags.rankBy,
    fees_bps: flags.feesBps, slippage_bps: flags.slippageBps, fill: flags.fill, initial_capital: flags.capital, allow_short: flags.allowShort,
  };
}

/** Backtests done out of all, on stderr, when it is a terminal and the sweep takes more than a moment. */
function progressBar(enabled: boolean, startedAt: number, fleet?: FleetProgress): { update: (done: number, total: number) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  return {
    update: (done, total) => {
      if (!enabled || performance.now() - startedAt < 300) return;
      const seconds = (performance.now() - startedAt) / 1000;
      const payload = {
        rate: Math.round(done / seconds).toLocaleString('en-US'),
        fleet: fleet ? ` · jobs ${fleet.jobsDone}/${fleet.jobsAdded} · ${fleet.workers.size} worker${fleet.workers.size === 1 ? '' : 's'}` : '',
      };
      if (!bar) {
        bar = new SingleBar({ stream: process.stderr, noTTYOutput: true, hideCursor: true, clearOnComplete: true, barsize: 24, format: 'Sweeping [{bar}] {value}/{total} backtests · {rate}/s{fleet}' });
        bar.start(total, done, payload);
      }
      bar.update(done, payload);
    },
    stop: () => { bar?.stop(); bar = undefined; },
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** A batch sweep's results as a table: what btp sweep prints, and btp sweep results again later. */
export function describeRun(run: BatchSweepRun, flags: Pick<BatchSweepFlags, 'top'>, seconds?: number): string {
  const series = new Set(run.results.map((result) => `${result.symbol} ${result.data.interval}`)).size;
  const symbols = new Set(run.results.map((result) => result.symbol)).size;
  const strategies = new Set(run.results.map((result) => `${result.strategy}${JSON.stringify(result.params)}`)).size;
  const intervals = [...new Set(run.results.map((result) => result.data.interval))];
  const shown = Math.min(flags.top, run.results.length);
  return [
    `${plural(run.results.length, 'backtest', 'backtests')}: ${plural(series, 'series', 'series')} (${plural(symbols, 'symbol', 'symbols')} at ${intervals.join(', ')}) × ${plural(strategies, 'strategy', 'strategies')}${seconds === undefined ? '' : `, in ${seconds.toFixed(1)} s`}; ranked by ${run.rank_by}${shown < run.results.length ? `, the best ${shown} (--top N or --json for more)` : ''}:`,
    renderResultsTable(run.results.slice(0, shown), run.rank_by, { intervals: intervals.length > 1 }),
    ...run.notes.map((note) => pc.yellow(`note: ${note}`)),
  ].join('\n');
}

function planFor(flags: BatchSweepFlags): Promise<BatchSweepPlan> {
  const config = loadConfig();
  return planBatchSweep(requestOf(flags), { dataDir: config.dataDir, cacheDir: config.cacheDir, riskFreeRate: config.riskFreeRate, invalidRows: config.invalidRows });
}

async function sweepHere(flags: BatchSweepFlags, plan: BatchSweepPlan, startedAt: number, output: CommandOutput, fleet?: FleetRunning): Promise<BatchSweepRun> {
  const bar = progressBar(!flags.json && process.stderr.isTTY === true, startedAt, fleet?.progress);
  try {
    const run = await runBatchSweep(plan, { remote: fleet?.runner, onProgress: bar.update }).finally(bar.stop);
    const seconds = (performance.now() - startedAt) / 1000;
    const sweep = fleet && { id: fleet.sweep, jobs: fleet.progress.jobsDone, jobs_reused: fleet.progress.jobsReused, workers: [...fleet.progress.workers].sort() };
    if (output === 'print') {
      process.stdout.write(flags.json
        ? `${JSON.stringify({ results: run.results, rank_by: run.rank_by, notes: run.notes, backtests: run.results.length, ...(sweep ? { sweep } : {}) })}\n`
        : `${describeRun(run, flags, seconds)}\n`);
    }
    return run;
  } finally {
    // A worker coordinating a detached sweep shares its threads with the jobs it runs at the same time: they stay.
    if (output === 'print') await closeWorkerPool();
  }
}

function summaryOf(run: BatchSweepRun): { summary: string } {
  const best = run.results[0];
  return { summary: best ? `${run.results.length} backtests; best by ${run.rank_by}: ${describeStrategyRun(best)} on ${best.symbol} ${best.data.interval}` : 'no backtests' };
}

/**
 * `btp sweep --symbols …`: every strategy on every symbol at every interval, in this process or
 * with --queue on a worker fleet (the same summaries, the same ranking); `resumeId` continues one.
 */
export async function batchSweepCommand(flags: BatchSweepFlags, resumeId?: number, output: CommandOutput = 'print', stop?: AbortSignal): Promise<void> {
  const startedAt = performance.now();
  if (flags.queue === undefined && resumeId === undefined && !flags.detach) {
    if (flags.jobSize !== undefined) {
      throw new BacktestPilotError('usage', '--job-size applies only with --queue (backtests per fleet job); drop it, or add --queue redis://127.0.0.1:6379', { job_size: flags.jobSize });
    }
    await sweepHere(flags, await planFor(flags), startedAt, output);
    return;
  }
  // Planned before the sweep is registered: a sweep that cannot run leaves nothing in Redis.
  const plan = await planFor(flags);
  if (flags.detach && resumeId === undefined) {
    await detachFleetSweep({ queue: flags.queue, kind: 'backtests', request: { ...flags, detach: undefined } }, flags.json);
    return;
  }
  await runFleetSweep({ queue: flags.queue, kind: 'backtests', request: { ...flags }, resumeId, stop }, async ({ fleet, sweep, resume, assertRunning }) => {
    const runner = fleet.backtestRunner(sweep, { jobSize: flags.jobSize ?? DEFAULT_BACKTESTS_PER_JOB, invalidRows: loadConfig().invalidRows, resume });
    const run = await sweepHere(flags, plan, startedAt, output, { runner, progress: runner.progress, sweep: sweep.id });
    // Kept with the sweep, so btp sweep results and the agents can show them later; not for a sweep cancelled meanwhile.
    await assertRunning();
    await fleet.registry.saveResults(sweep.id, run);
    return run;
  }, summaryOf);
}
