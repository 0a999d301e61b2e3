import { Queue } from 'bullmq';
import { COORDINATOR_QUEUE, coordinatorJobIdOf } from '../../queue/coordinator_job.js';
import { SweepFleet } from '../../queue/sweep_fleet.js';
import type { QueueLocation } from '../../queue/queue_location.js';

/**
 * Cancels sweeps a test queued but does not mean to wait for (one a worker already finished is
 * sweep_finished, and stays), then waits until no worker is coordinating any of them: a cancelled
 * coordinator stops within a second or two, and saves nothing, before the next test counts experiments.
 */
export async function cancelSweeps(location: QueueLocation, ids: readonly number[], log: () => string): Promise<void> {
  const fleet = await SweepFleet.open(location);
  try {
    for (const id of ids) {
      await fleet.cancel(id).catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'sweep_finished') throw error;
      });
    }
  } finally {
    await fleet.close();
  }
  const coordinators = new Queue(COORDINATOR_QUEUE, { connection: { url: location.url }, prefix: location.prefix });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const states = await Promise.all(ids.map((id) => coordinators.getJobState(coordinatorJobIdOf(id))));
      if (!states.includes('active')) return;
      if (Date.now() > deadline) throw new Error(`coordinators still active: ${states.join(', ')}; ${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await coordinators.close();
  }
}
