/** What `btp worker` does; loaded only when it runs. */
import { availableParallelism } from 'node:os';
import { loadConfig } from '../../adk.config.js';
import { describeLocation, queueLocationOf } from '../../queue/queue_location.js';
import { startSweepWorker } from '../../queue/sweep_worker.js';
import { closeOptimizationPool } from '../../tools/optimization/optimization_pool.js';
import type { WorkerFlags } from './worker.js';

const DEFAULT_LOCK_MS = 30_000;

/** Runs until SIGTERM or SIGINT: then takes no new job, finishes the running ones, and exits 0. */
export async function workerCommand(flags: WorkerFlags): Promise<void> {
  const config = loadConfig();
  const location = queueLocationOf(flags.queue);
  const concurrency = flags.concurrency ?? availableParallelism();
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const worker = await startSweepWorker({
    location, concurrency, lockMs: flags.lockMs ?? DEFAULT_LOCK_MS, data: { dataDir: config.dataDir, cacheDir: config.cacheDir }, log,
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
    await closeOptimizationPool();
  }
}
