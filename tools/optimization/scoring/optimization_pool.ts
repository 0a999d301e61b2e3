import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { newThreadPool } from '../../backtest/new_thread_pool.js';
import { findWorkerScript } from '../../backtest/worker_script.js';
import type { CandidateBatchTask } from './optimization_worker.js';

/**
 * Where the build puts the worker-thread entry. The bundled CLI runs from dist/cli/ and finds the
 * entry only here, so this must follow optimization_worker.ts when it moves.
 */
export const OPTIMIZATION_WORKER_DIST_FOLDER = 'dist/tools/optimization/scoring';

let pool: Piscina | undefined;

/**
 * Worker threads for candidate batches, one per core unless the first caller asks for fewer (a
 * fleet worker runs as many as its job concurrency); undefined when the worker script cannot be found.
 */
export function getOptimizationPool(threads = availableParallelism()): Piscina | undefined {
  if (pool) return pool;
  const script = findWorkerScript(import.meta.url, 'optimization_worker', OPTIMIZATION_WORKER_DIST_FOLDER);
  if (!script) return undefined;
  pool = newThreadPool({ ...script, maxThreads: threads, minThreads: 0, idleTimeout: 2_000 });
  return pool;
}

/** Stops the threads (one-shot commands, tests, benchmarks); a later search starts new ones. */
export async function closeOptimizationPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}

export function runCandidateBatch(workers: Piscina, task: CandidateBatchTask): Promise<Float64Array> {
  return workers.run(task) as Promise<Float64Array>;
}
