import { hostname } from 'node:os';
import { Queue, QueueEvents, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { BacktestPilotError } from '../tools/errors.js';
import type { InvalidRowPolicy } from '../tools/data/row_rules.js';
import type { CandidateBatchTask } from '../tools/optimization/scoring/optimization_worker.js';
import type { RemoteBatchScorer } from '../tools/optimization/scoring/remote_batch_scorer.js';
import { bullConnection, connectRedis, type QueueLocation } from './queue_location.js';
import { watchRedis } from './redis_watchdog.js';
import {
  BACKTEST_JOB, BacktestJobResultSchema, CANDIDATE_JOB, JobResultSchema, SWEEP_QUEUE, decodeFloat64, jobIdOf, seriesRefOf,
  type BacktestJobData, type CandidateJob,
} from './sweep_job.js';
import type { BacktestJob } from '../tools/backtest/backtest_job.js';
import type { RemoteBacktestRunner } from '../tools/backtest/remote_backtest_runner.js';
import { SweepRegistry, sweepCancelled, type SweepRecord } from './sweep_registry.js';
import { COORDINATOR_JOB, COORDINATOR_QUEUE, coordinatorJobIdOf, type CoordinatorJob } from './coordinator_job.js';

/** Tries per job (the first and two retries), with exponential backoff from this delay. */
export const JOB_ATTEMPTS = 3;
const RETRY_DELAY_MS = 500;
/** Default backtests per job of a batch sweep: a job of daily-bar backtests then takes a few hundred ms. */
export const DEFAULT_BACKTESTS_PER_JOB = 500;
const CLOSE_TIMEOUT_MS = 2_000;

/** What the coordinator has seen of the fleet so far (the progress bar's facts). */
export interface FleetProgress {
  jobsAdded: number;
  jobsDone: number;
  jobsFailed: number;
  /** Jobs already finished before this coordinator asked (a resumed sweep). */
  jobsReused: number;
  /** Candidates scored, or backtests run in a batch sweep. */
  candidatesDone: number;
  workers: ReadonlySet<string>;
}

export interface SweepScoring {
  /** Candidates per job. */
  jobSize: number;
  invalidRows: InvalidRowPolicy;
  onJob?: (progress: FleetProgress) => void;
}

/**
 * The coordinator's side of the fleet: adds a sweep's jobs under deterministic ids, waits for their
 * results, and fails every waiting job at once (queue_unavailable, sweep_cancelled) when Redis goes
 * away or the sweep is cancelled, so a coordinator never hangs.
 */
export class SweepFleet {
  readonly registry: SweepRegistry;
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly failures: string[] = [];
  private aborted: Error | undefined;
  private readonly abortListeners = new Set<(error: Error) => void>();
  private stopWatch: (() => void) | undefined;

  private constructor(readonly location: QueueLocation, private readonly redis: Redis) {
    this.registry = new SweepRegistry(redis, location.prefix);
    const connection = bullConnection(location);
    this.queue = new Queue(SWEEP_QUEUE, { connection, prefix: location.prefix });
    this.events = new QueueEvents(SWEEP_QUEUE, { connection, prefix: location.prefix });
    // Reconnects are the watchdog's to judge; without listeners these would print.
    this.queue.on('error', () => undefined);
    this.events.on('error', () => undefined);
    // Every job being waited on adds a listener (BullMQ's waitUntilFinished); a sweep waits on many at once.
    this.queue.setMaxListeners(0);
    this.events.setMaxListeners(0);
  }

  static async open(location: QueueLocation): Promise<SweepFleet> {
    const fleet = new SweepFleet(location, await connectRedis(location));
    await fleet.events.waitUntilReady();
    return fleet;
  }

  /** Starts watching Redis and the sweep's status: a lost Redis or a cancel fails the waiting jobs. */
  watch(sweep: number): void {
    this.stopWatch?.();
    this.stopWatch = watchRedis(this.redis, this.location, (error) => this.abort(error), {
      check: async () => ((await this.registry.get(sweep))?.status === 'cancelled' ? sweepCancelled(sweep) : undefined),
    });
  }

  /** Ends the coordinator's waiting with this error (its worker is stopping); the jobs themselves go on. */
  stop(error: Error): void {
    this.abort(error);
  }

  private abort(error: Error): void {
    this.aborted = error;
    for (const listener of this.abortListeners) listener(error);
  }

  /** Resolves with the job's result, or rejects when it fails for good or the sweep is aborted. */
  private async waitFor<T>(work: Promise<T>): Promise<T> {
    if (this.aborted) throw this.aborted;
    let listener: ((error: Error) => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      listener = reject;
      this.abortListeners.add(reject);
    });
    try {
      return await Promise.race([work, aborted]);
    } finally {
      this.abortListeners.delete(listener!);
    }
  }

  /** Adds a job (or finds the one with its id), retrying a failed one when resuming, and waits for its result. */
  async runJob(sweep: SweepRecord, name: string, slice: number, data: object, resume: boolean): Promise<{ result: unknown; reused: boolean }> {
    const jobId = jobIdOf(sweep.id, slice);
    const work = (async () => {
      // A resumed sweep reuses a finished job only if this run asks the very same of it.
      const earlier = await this.queue.getJob(jobId);
      if (earlier && (earlier.name !== name || JSON.stringify(earlier.data) !== JSON.stringify(data))) {
        throw new BacktestPilotError('sweep_failed', `job ${jobId} of sweep ${sweep.id} was queued with other inputs than this run makes (the data, the program or the request changed since it started), so its result cannot be reused: start a new sweep`, { sweep: sweep.id, job: jobId });
      }
      // Read before adding: an add finds the existing job, and a fresh one may finish before it is asked.
      const earlierState = earlier ? await earlier.getState() : undefined;
      const job: Job = await this.queue.add(name, data, {
        jobId, attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: RETRY_DELAY_MS }, removeOnComplete: false, removeOnFail: false,
      });
      await this.registry.addJob(sweep.id, jobId);
      if (resume && earlierState === 'failed') await job.retry('failed');
      const reused = earlierState === 'completed';
      try {
        return { result: await job.waitUntilFinished(this.events), reused };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.failures.push(`${jobId}: ${reason}`);
        throw new BacktestPilotError('sweep_failed', `job ${jobId} of sweep ${sweep.id} failed: ${reason}`, { sweep: sweep.id, job: jobId });
      }
    })();
    this.pending.add(work);
    void work.catch(() => undefined).finally(() => this.pending.delete(work));
    return this.waitFor(work);
  }

  /**
   * Sends a sweep's slices as jobs `sweep-<id>-<n>`, numbered in the order they are sent, and keeps
   * the progress: `read` checks a job's answer and says how many candidates or backtests it holds.
   */
  private slicer(sweep: SweepRecord, options: SweepScoring & { resume: boolean }) {
    const progress = { jobsAdded: 0, jobsDone: 0, jobsFailed: 0, jobsReused: 0, candidatesDone: 0, workers: new Set<string>() };
    let slice = 0;
    const send = async <T>(name: string, dataOf: (slice: number) => object, read: (result: unknown, jobId: string) => { value: T; units: number; worker: string }): Promise<T> => {
      const current = slice;
      slice += 1;
      progress.jobsAdded += 1;
      try {
        const { result, reused } = await this.runJob(sweep, name, current, dataOf(current), options.resume);
        const answer = read(result, jobIdOf(sweep.id, current));
        progress.jobsDone += 1;
        if (reused) progress.jobsReused += 1;
        progress.candidatesDone += answer.units;
        progress.workers.add(answer.worker);
        options.onJob?.(progress);
        return answer.value;
      } catch (error) {
        progress.jobsFailed += 1;
        options.onJob?.(progress);
        throw error;
      }
    };
    return { progress, send };
  }

  /** A remote scorer for one search: batches become jobs in the order the search sends them. */
  scorer(sweep: SweepRecord, options: SweepScoring & { resume: boolean }): RemoteBatchScorer & { progress: FleetProgress } {
    const { progress, send } = this.slicer(sweep, options);
    return {
      batchSize: options.jobSize,
      progress,
      score: (task: CandidateBatchTask) => send(CANDIDATE_JOB, (slice): CandidateJob => ({
        sweep: sweep.id, slice, series: seriesRefOf(task.series, options.invalidRows), strategy: task.strategy, range: task.range,
        settings: task.settings, riskFreeRate: task.riskFreeRate, names: task.names, values: Array.from(task.values),
      }), (result) => {
        const parsed = JobResultSchema.parse(result);
        return { value: decodeFloat64(parsed.metrics), units: task.values.length / task.names.length, worker: parsed.worker };
      }),
    };
  }

  /** A remote runner for a batch sweep: its slices become jobs in plan order. */
  backtestRunner(sweep: SweepRecord, options: SweepScoring & { resume: boolean }): RemoteBacktestRunner & { progress: FleetProgress } {
    const { progress, send } = this.slicer(sweep, options);
    return {
      jobSize: options.jobSize,
      progress,
      run: (jobs: readonly BacktestJob[]) => send(BACKTEST_JOB, (slice): BacktestJobData => ({
        sweep: sweep.id, slice, range: jobs[0]?.range, settings: jobs[0]!.settings, riskFreeRate: jobs[0]?.riskFreeRate,
        backtests: jobs.map((job) => ({ series: seriesRefOf(job.series, options.invalidRows), strategy: job.strategy, params: job.params as Record<string, number> | undefined })),
      }), (result, jobId) => {
        const parsed = BacktestJobResultSchema.parse(result);
        if (parsed.summaries.length !== jobs.length) {
          throw new BacktestPilotError('sweep_failed', `job ${jobId} answered ${parsed.summaries.length} backtests for ${jobs.length}`, { sweep: sweep.id, job: jobId });
        }
        return { value: parsed.summaries, units: jobs.length, worker: parsed.worker };
      }),
    };
  }

  /** Hands the sweep's coordinating to the fleet: a `btp worker` runs it to the end, and runs it again from where it was if its worker dies. */
  async detach(sweep: SweepRecord): Promise<void> {
    const coordinators = new Queue(COORDINATOR_QUEUE, { connection: bullConnection(this.location), prefix: this.location.prefix });
    coordinators.on('error', () => undefined);
    try {
      const data: CoordinatorJob = { sweep: sweep.id };
      await coordinators.add(COORDINATOR_JOB, data, {
        jobId: coordinatorJobIdOf(sweep.id), attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: RETRY_DELAY_MS }, removeOnComplete: false, removeOnFail: false,
      });
    } finally {
      await coordinators.close();
    }
  }

  /** How many of the sweep's jobs are in each state (completed, failed, active, waiting, ...). */
  async jobStates(sweep: number): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const id of await this.registry.jobIds(sweep)) {
      const state = await this.queue.getJobState(id);
      counts[state] = (counts[state] ?? 0) + 1;
    }
    return counts;
  }

  /**
   * Marks the sweep cancelled and removes its jobs that no worker has taken (and a detached sweep's
   * coordinator not yet taken); finished ones stay. A sweep that already finished is left as it is:
   * sweep_finished, since its result was saved.
   */
  async cancel(sweep: number): Promise<{ removed: number }> {
    const { record } = await this.registry.transition(sweep, (current) => (current.status === 'running' || current.status === 'failed' ? { status: 'cancelled' } : undefined));
    if (record.status === 'done') {
      throw new BacktestPilotError('sweep_finished', `sweep ${sweep} already finished, so there is nothing to cancel${record.experiment_id !== undefined ? `: it is saved as experiment #${record.experiment_id}` : ''}; btp sweep results ${sweep} shows what it found`, { sweep });
    }
    let removed = 0;
    const coordinators = new Queue(COORDINATOR_QUEUE, { connection: bullConnection(this.location), prefix: this.location.prefix });
    coordinators.on('error', () => undefined);
    try {
      const coordinator = await coordinators.getJob(coordinatorJobIdOf(sweep));
      if (coordinator && (await coordinator.isWaiting() || await coordinator.isDelayed())) await coordinator.remove().catch(() => undefined);
    } finally {
      await coordinators.close();
    }
    for (const id of await this.registry.jobIds(sweep)) {
      const state = await this.queue.getJobState(id);
      if (state === 'waiting' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') {
        const job = await this.queue.getJob(id);
        // A worker may take it in between: then it runs, and its result is kept like any finished job.
        if (job && (await job.remove().then(() => true, () => false))) removed += 1;
      }
    }
    return { removed };
  }

  /**
   * After a failure: waits for the sweep's other jobs to end (the fleet goes on with them, and their
   * results stay for a resume), then the failed jobs' reasons.
   */
  async settle(): Promise<string[]> {
    if (!this.aborted) {
      // A cancel removes the jobs no worker took, and a removed job never finishes: the abort ends the wait.
      let listener: ((error: Error) => void) | undefined;
      const aborted = new Promise<void>((resolve) => {
        listener = () => resolve();
        this.abortListeners.add(listener);
      });
      try {
        await Promise.race([Promise.allSettled([...this.pending]), aborted]);
      } finally {
        this.abortListeners.delete(listener!);
      }
    }
    return [...this.failures];
  }

  async close(): Promise<void> {
    this.stopWatch?.();
    // BullMQ's close waits for a Redis that may be gone: bounded, then the sockets are dropped.
    // The bound is cleared once the close settles, or it alone keeps the process alive for its 2 s.
    let bound: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([this.queue.close(), this.events.close()]), new Promise((resolve) => { bound = setTimeout(resolve, CLOSE_TIMEOUT_MS); })]);
    clearTimeout(bound);
    // Not awaited: against a Redis that is gone the disconnect itself never settles.
    for (const closing of [this.queue.disconnect(), this.events.disconnect()]) closing.catch(() => undefined);
    this.redis.disconnect();
  }
}

/** `host:pid`: how a worker names itself in results and progress. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}
