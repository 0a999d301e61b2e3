import { BacktestPilotError, isBacktestPilotError } from '../tools/errors.js';
import { describeLocation, queueLocationOf } from '../queue/queue_location.js';
import { CoordinatorStopped } from '../queue/coordinator_job.js';
import { detachSweeps } from '../queue/detach_sweeps.js';
import { SweepFleet } from '../queue/sweep_fleet.js';
import { sweepCancelled, type SweepKind, type SweepRecord } from '../queue/sweep_registry.js';

export interface FleetSweepContext {
  fleet: SweepFleet;
  sweep: SweepRecord;
  /** True when this run continues an earlier one: finished jobs are read back, failed ones retried. */
  resume: boolean;
  /** Throws sweep_cancelled once the sweep is no longer running: asked right before its result is saved. */
  assertRunning: () => Promise<void>;
}

/** What a finished sweep records: one line of its outcome and, for an optimisation, where its experiment was saved. */
export type SweepOutcome = Pick<SweepRecord, 'summary' | 'experiment_id' | 'experiment_store' | 'experiment_created_at'> & { summary: string };

/** Takes up a sweep to resume, unless it already finished: then its result stands and nothing runs again. */
async function takeUp(fleet: SweepFleet, id: number): Promise<SweepRecord> {
  const { record, changed } = await fleet.registry.transition(id, (current) => (current.status === 'done' ? undefined : { status: 'running', error: undefined }));
  if (changed) return record;
  throw new BacktestPilotError('sweep_finished', `sweep ${id} already finished${record.experiment_id !== undefined ? ` and is saved as experiment #${record.experiment_id}` : ''}: btp sweep results ${id} shows what it found; to run it again, start a new sweep`, {
    sweep: id, ...(record.experiment_id !== undefined ? { experiment_id: record.experiment_id } : {}),
  });
}

export interface FleetSweepRequest {
  queue: string | undefined;
  kind: SweepKind;
  /** The checked flags: what a resume runs again. */
  request: Record<string, unknown>;
  /** Continue this sweep instead of starting one. */
  resumeId?: number;
  /** A worker coordinating a detached sweep: aborted when it stops, which hands the sweep back (CoordinatorStopped). */
  stop?: AbortSignal;
}

/**
 * Runs a command's work as a sweep on the fleet: registers it (or takes up the one to resume),
 * watches Redis and cancellation, records how it ended, and turns failed jobs into one sweep_failed
 * error after the other jobs have finished, so a resume has only the failed ones left to do.
 */
export async function runFleetSweep<T>(
  what: FleetSweepRequest, run: (context: FleetSweepContext) => Promise<T>, summarize: (result: T) => SweepOutcome,
): Promise<T> {
  const location = queueLocationOf(what.queue);
  const fleet = await SweepFleet.open(location);
  try {
    const resume = what.resumeId !== undefined;
    const sweep = resume ? await takeUp(fleet, what.resumeId!) : await fleet.registry.create(what.kind, what.request);
    process.stderr.write(`sweep ${sweep.id} ${resume ? 'resumed' : 'queued'} on ${describeLocation(location)} (prefix ${location.prefix}): run btp worker there to score it; btp sweep status ${sweep.id} to watch, btp sweep --resume ${sweep.id} to continue after a stop\n`);
    fleet.watch(sweep.id);
    what.stop?.addEventListener('abort', () => fleet.stop(new CoordinatorStopped(sweep.id)), { once: true });
    if (what.stop?.aborted) fleet.stop(new CoordinatorStopped(sweep.id));
    try {
      const assertRunning = async (): Promise<void> => {
        if ((await fleet.registry.require(sweep.id)).status !== 'running') throw sweepCancelled(sweep.id);
      };
      const result = await run({ fleet, sweep, resume, assertRunning });
      const outcome = summarize(result);
      // Only a running sweep becomes done: a cancel that came in the last moment stands, with what was kept.
      if (!await fleet.registry.finishIfRunning(sweep.id, { status: 'done', ...outcome })) {
        await fleet.registry.update(sweep.id, { ...outcome, error: 'cancelled as it finished: its result was kept' });
      }
      return result;
    } catch (error) {
      if (!isBacktestPilotError(error) || error.code === 'queue_unavailable') throw error;
      if (error.code === 'sweep_cancelled') throw error;
      const failures = await fleet.settle();
      // A job failed because the sweep was cancelled meanwhile: it is cancelled, not failed.
      if ((await fleet.registry.get(sweep.id))?.status === 'cancelled') throw sweepCancelled(sweep.id);
      const message = failures.length > 0
        ? `sweep ${sweep.id}: ${failures.length} job${failures.length === 1 ? '' : 's'} failed (${failures[0]}); the other jobs finished and are kept: fix the cause and run btp sweep --resume ${sweep.id}`
        : error.message;
      await fleet.registry.finishIfRunning(sweep.id, { status: 'failed', error: message });
      throw failures.length > 0 ? new BacktestPilotError('sweep_failed', message, { sweep: sweep.id, failed_jobs: failures }) : error;
    }
  } finally {
    await fleet.close();
  }
}

/**
 * `--detach`: registers the sweep and hands its coordinating to the fleet, then returns: a `btp
 * worker` runs it to the end and records the outcome (an optimisation is saved as an experiment).
 */
export async function detachFleetSweep(what: Omit<FleetSweepRequest, 'resumeId'>, json: boolean | undefined): Promise<void> {
  const location = queueLocationOf(what.queue);
  const sweep = (await detachSweeps(location, what.kind, [what.request]))[0]!;
  process.stdout.write(json
    ? `${JSON.stringify({ sweep: sweep.id, status: 'queued', queue: describeLocation(location), prefix: location.prefix })}\n`
    : `sweep ${sweep.id} queued on ${describeLocation(location)} (prefix ${location.prefix}): a btp worker there runs it to the end${what.kind === 'optimize' ? ' and saves the result as an experiment' : ''}; btp sweep status ${sweep.id} shows how it is doing, btp sweep results ${sweep.id} what it found\n`);
}
