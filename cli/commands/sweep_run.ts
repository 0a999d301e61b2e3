/** What `btp sweep` does; loaded only when it runs. */
import { queueLocationOf } from '../../queue/queue_location.js';
import { SweepFleet } from '../../queue/sweep_fleet.js';
import type { SweepRecord } from '../../queue/sweep_registry.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { batchSweepCommand, type BatchSweepFlags } from './batch_sweep_run.js';
import { optimizeCommand, type OptimizeFlags } from './optimize_run.js';
import type { SweepFlags } from './sweep.js';

async function withFleet<T>(flags: SweepFlags, work: (fleet: SweepFleet) => Promise<T>): Promise<T> {
  const fleet = await SweepFleet.open(queueLocationOf(flags.queue));
  try {
    return await work(fleet);
  } finally {
    await fleet.close();
  }
}

function describe(record: SweepRecord, states?: Record<string, number>): string {
  const jobs = states && Object.entries(states).map(([state, count]) => `${count} ${state}`).join(', ');
  return [
    `sweep ${record.id} (${record.kind}): ${record.status}, started ${record.created_at}, updated ${record.updated_at}`,
    ...(jobs ? [`  jobs: ${jobs || 'none yet'}`] : []),
    ...(record.summary ? [`  ${record.summary}`] : []),
    ...(record.experiment_id !== undefined ? [`  saved as experiment #${record.experiment_id} (btp experiments show ${record.experiment_id})`] : []),
    ...(record.error ? [`  ${record.error}`] : []),
  ].join('\n');
}

/** `btp sweep --resume <id>`: runs the sweep's command again as the same sweep, with the fleet's finished jobs read back. */
export async function resumeSweep(flags: SweepFlags): Promise<void> {
  if (flags.resume === undefined) {
    throw new BacktestPilotError('usage', 'btp sweep needs --resume <id>, or one of: status <id>, cancel <id>, list', {});
  }
  const record = await withFleet(flags, (fleet) => fleet.registry.require(flags.resume!));
  if (record.kind === 'backtests') {
    const request = record.request as unknown as BatchSweepFlags;
    await batchSweepCommand({ ...request, queue: flags.queue ?? request.queue, json: flags.json ?? request.json }, record.id);
    return;
  }
  const request = record.request as unknown as OptimizeFlags;
  await optimizeCommand({ ...request, queue: flags.queue ?? request.queue, json: flags.json ?? request.json }, record.id);
}

export async function sweepStatus(id: number, flags: SweepFlags): Promise<void> {
  const { record, states } = await withFleet(flags, async (fleet) => ({ record: await fleet.registry.require(id), states: await fleet.jobStates(id) }));
  process.stdout.write(flags.json ? `${JSON.stringify({ ...record, jobs: states })}\n` : `${describe(record, states)}\n`);
}

export async function cancelSweep(id: number, flags: SweepFlags): Promise<void> {
  const { removed, states } = await withFleet(flags, async (fleet) => {
    await fleet.registry.require(id);
    const outcome = await fleet.cancel(id);
    return { ...outcome, states: await fleet.jobStates(id) };
  });
  process.stdout.write(flags.json
    ? `${JSON.stringify({ sweep: id, status: 'cancelled', removed_jobs: removed, jobs: states })}\n`
    : `sweep ${id} cancelled: ${removed} waiting job${removed === 1 ? '' : 's'} removed; ${states.completed ?? 0} finished kept (btp sweep --resume ${id} continues it)\n`);
}

export async function listSweeps(flags: SweepFlags): Promise<void> {
  const records = await withFleet(flags, (fleet) => fleet.registry.list());
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ sweeps: records })}\n`);
    return;
  }
  process.stdout.write(records.length === 0 ? 'No sweeps in this queue yet: start one with btp optimize … --queue redis://127.0.0.1:6379 or btp sweep --symbols … --queue redis://127.0.0.1:6379\n' : `${records.map((record) => describe(record)).join('\n')}\n`);
}
