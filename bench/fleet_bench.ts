/**
 * The worker fleet (issue 15): the full sma_crossover grid on BTC daily scored by 1, 2 and 4
 * `btp worker` processes through the local Redis, against the local all-core search; the queue's
 * overhead per job; the job size at which that overhead is under 5% of a job's time. Skipped, with
 * a row saying so, when no Redis answers at BTP_REDIS_URL (default redis://127.0.0.1:6379).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { queueLocationOf, type QueueLocation } from '../queue/queue_location.js';
import { SweepFleet } from '../queue/sweep_fleet.js';
import { loadSeries } from '../tools/data/load_series.js';
import { closeOptimizationPool } from '../tools/optimization/scoring/optimization_pool.js';
import { gridSearchParameters } from '../tools/optimization/search/parameter_search.js';
import { DEFAULT_ENGINE_SETTINGS } from '../tools/strategy/engine/types.js';
import type { BenchRow } from './measure.js';
import { FULL_SMA_GRID } from './optimization_bench.js';
import { planBatchSweep, runBatchSweep, type BatchSweepPlan } from '../tools/backtest/batch_sweep.js';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';

const SECTION = 'fleet';
const JOB_SIZE = 2_000;
const SMALL_JOB = 25;
/** Backtests per job of the batch sweep measured: 120 backtests make 8 jobs, enough for every worker. */
const BATCH_JOB = 16;

async function startWorkers(count: number, location: QueueLocation): Promise<ChildProcess[]> {
  return Promise.all(Array.from({ length: count }, () => new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('dist/cli/btp.js'), 'worker', '--queue', location.url, '--concurrency', '1'], {
      env: { ...process.env, BTP_QUEUE_PREFIX: location.prefix }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.setEncoding('utf8').on('data', (text: string) => { if (text.includes(' ready: ')) resolve(child); });
    child.on('exit', (code) => reject(new Error(`btp worker exited with ${code}`)));
  })));
}

async function stopWorkers(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((child) => new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', resolve);
    child.kill('SIGTERM');
  })));
}

async function removeKeys(location: QueueLocation): Promise<void> {
  const redis = new Redis(location.url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${location.prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

export async function benchFleet(): Promise<BenchRow[]> {
  const base = queueLocationOf(undefined);
  let fleet: SweepFleet;
  const location = { ...base, prefix: `btp-bench-${process.pid}` };
  try {
    fleet = await SweepFleet.open(location);
  } catch {
    return [{ section: SECTION, name: `skipped: no Redis at ${base.url}`, value: 0, unit: '' }];
  }
  const series = await loadSeries('BTC', { dataDir: process.env.BTP_DATA_DIR ?? 'data/sample' });
  const settings = { ...DEFAULT_ENGINE_SETTINGS };
  const rows: BenchRow[] = [];
  try {
    let started = performance.now();
    const local = await gridSearchParameters('sma_crossover', FULL_SMA_GRID, { series, settings, parallel: 'workers' });
    started = performance.now();
    await gridSearchParameters('sma_crossover', FULL_SMA_GRID, { series, settings, parallel: 'workers' });
    const localRate = local.trials.length / ((performance.now() - started) / 1000);
    await closeOptimizationPool();
    rows.push({ section: SECTION, name: `full sma_crossover grid (${local.trials.length.toLocaleString('en-US')} candidates) on BTC daily, local search on all cores`, value: localRate, unit: 'candidates/s' });
    const fleetRun = async (jobSize: number) => {
      const sweep = await fleet.registry.create('optimize', { bench: true });
      fleet.watch(sweep.id);
      const remote = fleet.scorer(sweep, { jobSize, invalidRows: 'error', resume: false });
      const at = performance.now();
      const outcome = await gridSearchParameters('sma_crossover', FULL_SMA_GRID, { series, settings, remote });
      return { ms: performance.now() - at, trials: outcome.trials.length, jobs: remote.progress.jobsDone };
    };
    const batchPlan = await planBatchSweep({ symbols: 'all', strategies: 'all', intervals: ['1d', '1h'] }, { dataDir: process.env.BTP_DATA_DIR ?? 'data/sample' });
    await runBatchSweep(batchPlan);
    const batchStarted = performance.now();
    await runBatchSweep(batchPlan);
    rows.push({ section: SECTION, name: `batch sweep: every strategy × every bundled series at 1d and 1h (${batchPlan.jobs.length} backtests), here`, value: batchPlan.jobs.length / ((performance.now() - batchStarted) / 1000), unit: 'backtests/s' });
    await closeWorkerPool();
    for (const count of [1, 2, 4]) {
      const workers = await startWorkers(count, location);
      try {
        await fleetRun(JOB_SIZE);
        const measured = await fleetRun(JOB_SIZE);
        rows.push({
          section: SECTION, name: `same grid on ${count} btp worker process${count === 1 ? '' : 'es'} (concurrency 1, jobs of ${JOB_SIZE.toLocaleString('en-US')}: ${measured.jobs} jobs)`,
          value: measured.trials / (measured.ms / 1000), unit: 'candidates/s',
        });
        if (count === 2) rows.push(await batchOnFleet(fleet, batchPlan, count));
        if (count === 1) {
          const small = await fleetRun(SMALL_JOB);
          // Same candidates, same worker: the extra time of the small jobs is the queue's, job by job.
          const overheadMs = Math.max(0, (small.ms - measured.ms) / (small.jobs - measured.jobs));
          const perCandidateMs = measured.ms / measured.trials;
          rows.push({ section: SECTION, name: `queue overhead per job (jobs of ${SMALL_JOB} vs ${JOB_SIZE.toLocaleString('en-US')} candidates, one worker)`, value: overheadMs, unit: 'ms' });
          rows.push({ section: SECTION, name: 'job size at which that overhead is under 5% of the job\'s time (BTC daily)', value: Math.ceil(overheadMs / (0.05 * perCandidateMs)), unit: 'candidates' });
        }
      } finally {
        await stopWorkers(workers);
      }
    }
  } finally {
    await fleet.close();
    await removeKeys(location);
  }
  return rows;
}

/** The same batch sweep on the fleet (jobs of BATCH_JOB backtests), after a warm-up run that loads the workers' series. */
async function batchOnFleet(fleet: SweepFleet, plan: BatchSweepPlan, workers: number): Promise<BenchRow> {
  const once = async () => {
    const sweep = await fleet.registry.create('backtests', { bench: true });
    fleet.watch(sweep.id);
    const at = performance.now();
    await runBatchSweep(plan, { remote: fleet.backtestRunner(sweep, { jobSize: BATCH_JOB, invalidRows: 'error', resume: false }) });
    return performance.now() - at;
  };
  await once();
  const ms = await once();
  return { section: SECTION, name: `same batch sweep on ${workers} btp worker processes (jobs of ${BATCH_JOB} backtests)`, value: plan.jobs.length / (ms / 1000), unit: 'backtests/s' };
}
