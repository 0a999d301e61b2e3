import { hostname } from 'node:os';
import { Queue, QueueEvents, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { BacktestPilotError } from '../tools/errors.js';
import type { InvalidRowPolicy } from '../tools/data/row_rules.js';
import type { CandidateBatchTask } from '../tools/optimization/optimization_worker.js';
import type { RemoteBatchScorer } from '../tools/optimization/remote_batch_scorer.js';
import { bullConnection, connectRedis, type QueueLocation } from './queue_location.js';
import { watchRedis } from './redis_watchdog.js';
import {
  CANDIDATE_JOB, JobResultSchema, SWEEP_QUEUE, decodeFloat64, jobIdOf, seriesRefOf, type CandidateJob,
} from './sweep_job.js';
import { SweepRegistry, type SweepRecord } from './sweep_registry.js';

/** Tries per job (the first and two retries), with exponential backoff from this delay. */
export const JOB_ATTEMPTS = 3;
const RETRY_DELAY_MS = 500;
/** Default candidates per job: about a second of one core on a few thousand bars, so queue overhead stays small. */
export const DEFAULT_JOB_SIZE = 4_000;
const CLOSE_TIMEOUT_MS = 2_000;

/** What the coordinator has seen of the fleet so far (the progress bar's facts). */
export interface FleetProgress {
  jobsAdded: number;
  jobsDone: number;
  jobsFailed: number;
  /** Jobs already finished before this coordinator asked (a resumed sweep). */
  jobsReused: number;
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
      check: async () => ((await this.registry.get(sweep))?.status === 'cancelled'
        ? new BacktestPilotError('sweep_cancelled', `sweep ${sweep} was cancelled; its finished jobs are kept (btp sweep --resume ${sweep} continues it)`, { sweep })
        : undefined),
    });
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
      const job: Job = await this.queue.add(name, data, {
        jobId, attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: RETRY_DELAY_MS }, removeOnComplete: false, removeOnFail: false,
      });
      await this.registry.addJob(sweep.id, jobId);
      const state = await job.getState();
      if (resume && state === 'failed') await job.retry('failed');
      const reused = state === 'completed';
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

  /** A remote scorer for one search: batches become jobs `sweep-<id>-<n>` in the order the search sends them. */
  scorer(sweep: SweepRecord, options: SweepScoring & { resume: boolean }): RemoteBatchScorer & { progress: FleetProgress } {
    const progress = { jobsAdded: 0, jobsDone: 0, jobsFailed: 0, jobsReused: 0, candidatesDone: 0, workers: new Set<string>() };
    let slice = 0;
    const runJob = this.runJob.bind(this);
    return {
      batchSize: options.jobSize,
      progress,
      async score(task: CandidateBatchTask): Promise<Float64Array> {
        const data: CandidateJob = {
          sweep: sweep.id, slice, series: seriesRefOf(task.series, options.invalidRows), strategy: task.strategy, range: task.range,
          settings: task.settings, riskFreeRate: task.riskFreeRate, names: task.names, values: Array.from(task.values),
        };
        const current = slice;
        slice += 1;
        progress.jobsAdded += 1;
        try {
          const { result, reused } = await runJob(sweep, CANDIDATE_JOB, current, data, options.resume);
          const parsed = JobResultSchema.parse(result);
          progress.jobsDone += 1;
          if (reused) progress.jobsReused += 1;
          progress.candidatesDone += task.values.length / task.names.length;
          progress.workers.add(parsed.worker);
          options.onJob?.(progress);
          return decodeFloat64(parsed.metrics);
        } catch (error) {
          progress.jobsFailed += 1;
          options.onJob?.(progress);
          throw error;
        }
      },
    };
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

  /** Marks the sweep cancelled and removes its jobs that no worker has taken; finished ones stay. */
  async cancel(sweep: number): Promise<{ removed: number }> {
    await this.registry.update(sweep, { status: 'cancelled' });
    let removed = 0;
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
    if (!this.aborted) await Promise.allSettled([...this.pending]);
    return [...this.failures];
  }

  async close(): Promise<void> {
    this.stopWatch?.();
    // BullMQ's close waits for a Redis that may be gone: bounded, then the sockets are dropped.
    await Promise.race([Promise.allSettled([this.queue.close(), this.events.close()]), new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS))]);
    // Not awaited: against a Redis that is gone the disconnect itself never settles.
    for (const closing of [this.queue.disconnect(), this.events.disconnect()]) closing.catch(() => undefined);
    this.redis.disconnect();
  }
}

/** `host:pid`: how a worker names itself in results and progress. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}
