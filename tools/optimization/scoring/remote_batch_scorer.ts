import type { CandidateBatchTask } from './optimization_worker.js';

/**
 * Scores candidate batches outside this process (a worker fleet behind a queue): the packed metrics
 * of each candidate in order, METRIC_SLOTS per candidate, exactly as a worker thread returns them,
 * so a fleet's search is the local search bit for bit.
 */
export interface RemoteBatchScorer {
  /** Candidates per batch: one queue job each. */
  batchSize: number;
  score(task: CandidateBatchTask): Promise<Float64Array>;
}
