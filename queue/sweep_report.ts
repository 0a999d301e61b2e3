import type { QueueLocation } from './queue_location.js';
import { SweepFleet } from './sweep_fleet.js';
import { BatchResultsSchema } from './sweep_job.js';
import type { SweepRecord } from './sweep_registry.js';
import type { BacktestSummary } from '../tools/backtest/backtest_summary.js';

/** Rows of a finished batch a report carries: the rest stay in Redis (btp sweep results --json). */
const BEST_ROWS = 10;

/** A sweep as the agents and the API report it: its record, its jobs by state and, once a batch is done, its best rows. */
export interface SweepReport {
  sweep: SweepRecord;
  jobs: Record<string, number>;
  batch?: { rank_by: string; backtests: number; best: BacktestSummary[] };
}

export async function reportSweep(location: QueueLocation, id: number): Promise<SweepReport> {
  const fleet = await SweepFleet.open(location);
  try {
    const sweep = await fleet.registry.require(id);
    const jobs = await fleet.jobStates(id);
    const stored = sweep.kind === 'backtests' && sweep.status === 'done' ? BatchResultsSchema.safeParse(await fleet.registry.results(id)) : undefined;
    const batch = stored?.success ? { rank_by: stored.data.rank_by, backtests: stored.data.results.length, best: stored.data.results.slice(0, BEST_ROWS) } : undefined;
    return { sweep, jobs, ...(batch ? { batch } : {}) };
  } finally {
    await fleet.close();
  }
}
