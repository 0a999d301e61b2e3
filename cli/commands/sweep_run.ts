/** What `btp sweep` does; loaded only when it runs. */
import { loadConfig } from '../../adk.config.js';
import { openExperimentRepository, storeLocationOf } from '../../memory/open_repository.js';
import { queueLocationOf } from '../../queue/queue_location.js';
import { sweepExperiment } from '../../queue/sweep_experiment.js';
import { SweepFleet } from '../../queue/sweep_fleet.js';
import type { SweepRecord } from '../../queue/sweep_registry.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { batchSweepCommand, describeRun, type BatchSweepFlags } from './batch_sweep_run.js';
import { showExperiment } from './experiments_run.js';
import { BatchResultsSchema } from '../../queue/sweep_job.js';
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

/**
 * `btp sweep results <id>`: what a finished sweep found. An optimisation shows its saved experiment,
 * a batch its ranked table (kept in Redis); a sweep still running, failed or cancelled says so.
 */
export async function sweepResults(id: number, flags: SweepFlags & { top?: number | 'all' }): Promise<void> {
  const { record, states, results } = await withFleet(flags, async (fleet) => ({
    record: await fleet.registry.require(id), states: await fleet.jobStates(id), results: await fleet.registry.results(id),
  }));
  if (record.status === 'running') {
    const jobs = Object.values(states).reduce((sum, count) => sum + count, 0);
    const progress = jobs === 0 ? 'no job has started yet: is a btp worker running on this queue?' : `${states.completed ?? 0} of ${jobs} jobs done so far`;
    throw new BacktestPilotError('sweep_running', `sweep ${id} is still running (${progress}); btp sweep status ${id} shows its progress, ask again when it is done`, { sweep: id, jobs: states });
  }
  if (record.status !== 'done') {
    throw new BacktestPilotError(record.status === 'cancelled' ? 'sweep_cancelled' : 'sweep_failed', `sweep ${id} ${record.status === 'cancelled' ? 'was cancelled' : 'failed'}${record.error ? `: ${record.error}` : ''}; btp sweep --resume ${id} continues it`, { sweep: id });
  }
  if (record.kind === 'optimize') {
    // Checked against this store first: its experiment of that id may be another run.
    const repository = await openExperimentRepository(storeLocationOf(loadConfig()));
    try {
      await sweepExperiment(record, repository);
    } finally {
      await repository.close();
    }
    await showExperiment(String(record.experiment_id), flags);
    return;
  }
  const run = BatchResultsSchema.parse(results);
  const top = flags.top === 'all' ? Number.MAX_SAFE_INTEGER : flags.top ?? 20;
  process.stdout.write(flags.json ? `${JSON.stringify({ sweep: id, ...run, backtests: run.results.length })}\n` : `sweep ${id}: ${describeRun(run, { top })}\n`);
}
