/** What `btp worker` does; loaded only when it runs. */
import { availableParallelism } from 'node:os';
import { loadConfig } from '../../adk.config.js';
import { describeLocation, queueLocationOf } from '../../queue/queue_location.js';
import { startSweepWorker } from '../../queue/sweep_worker.js';
import { closeOptimizationPool } from '../../tools/optimization/scoring/optimization_pool.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import type { WorkerFlags } from './worker.js';
import type { SweepRecord } from '../../queue/sweep_registry.js';
import type { BatchSweepFlags } from './batch_sweep_run.js';
import type { OptimizeFlags } from './optimize_run.js';

const DEFAULT_LOCK_MS = 30_000;

/** A detached sweep's command, run here as a resume of it on this worker's queue, saving instead of printing. */
async function coordinateSweep(sweep: SweepRecord, queue: string, stop: AbortSignal): Promise<void> {
  if (sweep.kind === 'backtests') {
    const { batchSweepCommand } = await import('./batch_sweep_run.js');
    await batchSweepCommand({ ...(sweep.request as unknown as BatchSweepFlags), queue }, sweep.id, 'quiet', stop);
    return;
  }
  const { optimizeCommand } = await import('./optimize_run.js');
  await optimizeCommand({ ...(sweep.request as unknown as OptimizeFlags), queue }, sweep.id, 'quiet', stop);
}

/** Runs until SIGTERM or SIGINT: then takes no new job, finishes the running scoring jobs, hands a coordinated sweep back, and exits 0. */
export async function workerCommand(flags: WorkerFlags): Promise<void> {
  const config = loadConfig();
  const location = queueLocationOf(flags.queue);
  const concurrency = flags.concurrency ?? availableParallelism();
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const worker = await startSweepWorker({
    location, concurrency, lockMs: flags.lockMs ?? DEFAULT_LOCK_MS, data: { dataDir: config.dataDir, cacheDir: config.cacheDir }, log, coordinate: (sweep, stop) => coordinateSweep(sweep, location.url, stop),
  });
  log(`worker ${worker.name} ready: queue ${describeLocation(location)} (prefix ${location.prefix}), concurrency ${concurrency}, data ${config.dataDir}`);
  const stop = (signal: string) => {
    log(`${signal}: finishing the running jobs, taking no new ones`);
    void worker.close();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  try {
    await worker.stopped;
    log(`worker ${worker.name} stopped`);
  } finally {
    await Promise.all([closeOptimizationPool(), closeWorkerPool()]);
  }
}
