import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { BacktestPilotError, isBacktestPilotError } from '../tools/errors.js';
import { getOptimizationPool, runCandidateBatch } from '../tools/optimization/scoring/optimization_pool.js';
import { bullConnection, connectRedis, type QueueLocation } from './queue_location.js';
import { watchRedis } from './redis_watchdog.js';
import { seriesForJob, type WorkerData } from './series_for_job.js';
import {
  BACKTEST_JOB, BacktestJobSchema, CANDIDATE_JOB, CandidateJobSchema, SWEEP_QUEUE, encodeFloat64, type BacktestJobResult, type JobResult,
} from './sweep_job.js';
import { summarizeBacktestJobs } from '../tools/backtest/worker_pool.js';
import type { BacktestJob } from '../tools/backtest/backtest_job.js';
import { workerName } from './sweep_fleet.js';
import { SweepRegistry } from './sweep_registry.js';
import { COORDINATOR_QUEUE, CoordinatorJobSchema, CoordinatorStopped, type SweepCoordinator } from './coordinator_job.js';

export interface SweepWorkerOptions {
  location: QueueLocation;
  /** Jobs at once, each on its own thread. */
  concurrency: number;
  data: WorkerData;
  /** How long a job stays claimed by a worker that stopped answering (killed, frozen) before another takes it. */
  lockMs: number;
  log: (line: string) => void;
  /** Runs detached sweeps' coordinators (one at a time) when given. */
  coordinate?: SweepCoordinator;
}

export interface RunningWorker {
  name: string;
  /** Stops taking jobs and lets the running ones finish (SIGTERM). */
  close(): Promise<void>;
  /** Settles when the worker has stopped: rejects with queue_unavailable when Redis stayed away. */
  stopped: Promise<void>;
}

/**
 * Errors of this worker or of the moment, which a retry (later, or on another worker) can get past:
 * Redis or the store away, and this worker's copy of the data missing or not the one the job names
 * (a data folder being synced, a worker started on the wrong folder).
 */
const TRANSIENT_CODES: readonly string[] = ['queue_unavailable', 'internal', 'database_unavailable', 'data_unavailable', 'bad_data_file'];

/** Errors of the job itself (a malformed request, an unknown strategy): retrying cannot help, so they go straight to the failed set. */
export function isPermanent(error: unknown): boolean {
  return isBacktestPilotError(error) && !TRANSIENT_CODES.includes(error.code);
}

/** A job's payload, checked; a malformed job or one of a cancelled sweep goes straight to the failed set. */
async function taskOf<T extends { sweep: number }>(job: Job, schema: z.ZodType<T>, registry: SweepRegistry): Promise<T> {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`malformed ${job.name} job: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  if ((await registry.get(parsed.data.sweep))?.status === 'cancelled') throw new UnrecoverableError(`sweep ${parsed.data.sweep} was cancelled`);
  return parsed.data;
}

async function scoreCandidateJob(job: Job, options: SweepWorkerOptions, registry: SweepRegistry): Promise<JobResult> {
  const task = await taskOf(job, CandidateJobSchema, registry);
  const startedAt = performance.now();
  const series = await seriesForJob(task.series, task.range, options.data);
  const pool = getOptimizationPool(options.concurrency);
  if (!pool) throw new BacktestPilotError('internal', 'the optimisation worker script is missing: run npm run build');
  const metrics = await runCandidateBatch(pool, {
    series, strategy: task.strategy, range: task.range, settings: task.settings, riskFreeRate: task.riskFreeRate,
    names: task.names, values: Float64Array.from(task.values),
  });
  await job.updateProgress(100);
  return { metrics: encodeFloat64(metrics), worker: workerName(), ms: performance.now() - startedAt };
}

async function runBacktestJob(job: Job, options: SweepWorkerOptions, registry: SweepRegistry): Promise<BacktestJobResult> {
  const task = await taskOf(job, BacktestJobSchema, registry);
  const startedAt = performance.now();
  const jobs: BacktestJob[] = [];
  for (const backtest of task.backtests) {
    jobs.push({
      series: await seriesForJob(backtest.series, task.range, options.data), strategy: backtest.strategy, params: backtest.params,
      range: task.range, settings: task.settings, riskFreeRate: task.riskFreeRate,
    });
  }
  const summaries = await summarizeBacktestJobs(jobs);
  await job.updateProgress(100);
  return { summaries, worker: workerName(), ms: performance.now() - startedAt };
}

/** The job kinds a worker knows, by BullMQ job name. */
function runJobOfKind(job: Job, options: SweepWorkerOptions, registry: SweepRegistry): Promise<JobResult | BacktestJobResult> {
  if (job.name === CANDIDATE_JOB) return scoreCandidateJob(job, options, registry);
  if (job.name === BACKTEST_JOB) return runBacktestJob(job, options, registry);
  throw new UnrecoverableError(`unknown job kind "${job.name}"`);
}

/** A coordinator job: the sweep's command run to its end in this process, its record updated by it. */
async function coordinateJob(job: Job, coordinate: SweepCoordinator, registry: SweepRegistry, stop: AbortSignal): Promise<{ worker: string }> {
  const task = await taskOf(job, CoordinatorJobSchema, registry);
  try {
    await coordinate(await registry.require(task.sweep), stop);
  } catch (error) {
    // An earlier attempt finished and recorded it, then lost its claim: the sweep is done, not failed.
    if (!isBacktestPilotError(error) || error.code !== 'sweep_finished') throw error;
  }
  return { worker: workerName() };
}

/**
 * `btp worker`: takes jobs from the fleet's queue and scores them on worker threads. A job that
 * throws is retried with backoff (BullMQ), a permanent error goes to the failed set at once; a job
 * whose worker dies is taken by another after `lockMs`. Redis gone for ~10 s stops the worker.
 */
export async function startSweepWorker(options: SweepWorkerOptions): Promise<RunningWorker> {
  const redis: Redis = await connectRedis(options.location);
  const registry = new SweepRegistry(redis, options.location.prefix);
  const name = workerName();
  const worker = new Worker(SWEEP_QUEUE, async (job) => {
    options.log(`job ${job.id} started (attempt ${job.attemptsMade + 1})`);
    try {
      const result = await runJobOfKind(job, options, registry);
      options.log(`job ${job.id} done in ${result.ms.toFixed(0)} ms`);
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.log(`job ${job.id} failed: ${message}`);
      if (error instanceof UnrecoverableError || !isPermanent(error)) throw error;
      throw new UnrecoverableError(message);
    }
  }, {
    connection: bullConnection(options.location), prefix: options.location.prefix, concurrency: options.concurrency, name,
    lockDuration: options.lockMs, stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)), maxStalledCount: 2,
  });
  worker.on('error', () => undefined);
  const coordinate = options.coordinate;
  // A search can coordinate for minutes: on SIGTERM it is handed back rather than finished.
  const stopCoordinating = new AbortController();
  const coordinators = coordinate && new Worker(COORDINATOR_QUEUE, async (job, token) => {
    options.log(`coordinator ${job.id} started (attempt ${job.attemptsMade + 1})`);
    try {
      const result = await coordinateJob(job, coordinate, registry, stopCoordinating.signal);
      options.log(`coordinator ${job.id} done`);
      return result;
    } catch (error) {
      if (error instanceof CoordinatorStopped) {
        // Back to waiting, not failed: the next worker resumes it and no attempt is spent.
        await job.moveToWait(token);
        options.log(`coordinator ${job.id} handed back: ${error.message}`);
        throw new WaitingError();
      }
      const message = error instanceof Error ? error.message : String(error);
      options.log(`coordinator ${job.id} failed: ${message}`);
      if (error instanceof UnrecoverableError || !isPermanent(error)) throw error;
      throw new UnrecoverableError(message);
    }
  }, {
    connection: bullConnection(options.location), prefix: options.location.prefix, concurrency: 1, name: `${name}:coordinator`,
    lockDuration: options.lockMs, stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)), maxStalledCount: 2,
  });
  coordinators?.on('error', () => undefined);
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const stopped = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      stopCoordinating.abort();
      stopWatch();
      await Promise.all([worker.close(), coordinators?.close()]);
      redis.disconnect();
      settle.resolve();
    })();
    return closing;
  };
  const stopWatch = watchRedis(redis, options.location, (error) => {
    options.log(error.message);
    // Redis is gone: the running jobs cannot report, and their locks lapse for another worker. The
    // close is not awaited, since against a Redis that is gone it may never settle.
    worker.close(true).catch(() => undefined);
    coordinators?.close(true).catch(() => undefined);
    redis.disconnect();
    settle.reject(error);
  }, { failuresAllowed: 10 });
  await Promise.all([worker.waitUntilReady(), coordinators?.waitUntilReady()]);
  return { name, close, stopped };
}
