import type { Targets } from '../tools/optimization/objective/targets.js';

/**
 * What an optimisation sweep's record keeps as its request: the `btp optimize` settings a worker or
 * `btp sweep --resume` runs the search with again. `btp optimize` adds only its output flags to it,
 * and the agents write one for each strategy × symbol of an exhaustive search they queue.
 */
export interface OptimizeSweepRequest {
  symbol: string;
  strategy: string;
  from?: string;
  to?: string;
  interval: string;
  method: string;
  target?: Targets;
  trials?: number;
  seed?: number;
  holdout?: number;
  walkForward?: boolean;
  folds?: number;
  anchored?: boolean;
  rankBy?: string;
  feesBps?: number;
  slippageBps?: number;
  capital?: number;
  allowShort?: boolean;
  json?: boolean;
  /** Score the candidates on a worker fleet through this Redis (BullMQ). */
  queue?: string;
  /** Candidates per fleet job. */
  jobSize?: number;
  /** With the fleet: return at once, a worker coordinates the search and saves the result. */
  detach?: boolean;
  /** The command as typed (or the user's words), kept with the sweep: the experiment's request when a worker saves it. */
  commandLine?: string;
}
