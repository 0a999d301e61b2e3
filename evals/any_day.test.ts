/**
 * The memory eval cases replay on any day: each case runs on its own clock (capture/case_clock.ts),
 * so the day its experiments are saved on and the "last week" it asks about do not follow the
 * machine's date. Here the machine's date is moved to other days, before and after the recordings.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { closeSharedExperimentStores } from '../memory/shared_store.js';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { runEvals } from './scoring/run_evals.js';

const MEMORY_SET = path.join(path.dirname(fileURLToPath(import.meta.url)), 'memory.evalset.json');

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  closeSharedExperimentStores();
  await closeWorkerPool();
});

describe('the memory eval cases on another day', () => {
  it.each(['2027-03-15T08:30:00Z', '2024-01-02T23:59:00Z'])('all pass when the machine\'s clock says %s', async (machineTime) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(machineTime));
    expect(new Date().toISOString().slice(0, 16)).toBe(machineTime.slice(0, 16));
    const report = await runEvals({ paths: [MEMORY_SET], model: 'offline' });
    expect(report.cases.filter((result) => !result.passed).map((result) => ({ id: result.id, failures: result.failures }))).toEqual([]);
    expect(report.cases.length).toBeGreaterThanOrEqual(4);
  });
});
