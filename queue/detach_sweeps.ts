import type { QueueLocation } from './queue_location.js';
import { SweepFleet } from './sweep_fleet.js';
import type { SweepKind, SweepRecord } from './sweep_registry.js';

/**
 * Registers sweeps and hands each one's coordinating to the fleet, over one connection: what
 * `--detach` does, and what the agents do with an exhaustive search over their budget. A `btp
 * worker` then runs each to its end and records the outcome (an optimisation is saved as an experiment).
 */
export async function detachSweeps(location: QueueLocation, kind: SweepKind, requests: ReadonlyArray<Record<string, unknown>>): Promise<SweepRecord[]> {
  const fleet = await SweepFleet.open(location);
  try {
    const sweeps: SweepRecord[] = [];
    for (const request of requests) {
      const sweep = await fleet.registry.create(kind, request);
      await fleet.detach(sweep);
      sweeps.push(sweep);
    }
    return sweeps;
  } finally {
    await fleet.close();
  }
}
