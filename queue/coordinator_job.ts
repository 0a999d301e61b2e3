/**
 * A detached sweep's coordinator as a job: `btp optimize … --detach` returns at once, and a `btp
 * worker` runs the search (its scoring fans out as usual) and records how it ended. On a queue of
 * its own, so coordinators never take the slots the jobs they wait for need.
 */
import { z } from 'zod';
import type { SweepRecord } from './sweep_registry.js';

export const COORDINATOR_QUEUE = 'btp-coordinators';
export const COORDINATOR_JOB = 'coordinate';

export const CoordinatorJobSchema = z.object({ sweep: z.number().int().positive() }).strict();
export type CoordinatorJob = z.infer<typeof CoordinatorJobSchema>;

/** One coordinator per sweep, whoever asks: a second detach of the same sweep is the same job. */
export function coordinatorJobIdOf(sweep: number): string {
  return `coordinate-${sweep}`;
}

/**
 * Runs a detached sweep to its end as a resume (finished jobs are read back: a later attempt,
 * after its worker died, picks up where it was), saving what it saves and updating its record.
 * `stop` aborts when the worker is told to stop (SIGTERM): the run then ends with
 * CoordinatorStopped instead of finishing a search that may take minutes. Given by the layer that
 * knows the commands.
 */
export type SweepCoordinator = (sweep: SweepRecord, stop: AbortSignal) => Promise<void>;

/** A coordinator that stopped because its worker is stopping: the sweep goes back on the queue, for another worker to resume. */
export class CoordinatorStopped extends Error {
  override readonly name = 'CoordinatorStopped';

  constructor(readonly sweep: number) {
    super(`the worker is stopping: sweep ${sweep} goes back on the queue, and another worker resumes it from its finished jobs`);
  }
}
