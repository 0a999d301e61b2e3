/**
 * Bar × candidate steps a job aims at when no --job-size is given: about 1.5 s of one core (the
 * engine runs some 50 M a second), long enough that queue overhead stays small, short enough that
 * a sweep spreads over the fleet and a retried job costs little.
 */
const JOB_BAR_STEPS = 75_000_000;
const MIN_JOB_SIZE = 100;
const MAX_JOB_SIZE = 100_000;

/** Candidates per job for a series of this many bars: 24,478 on 3,064 daily bars, 3,806 on 19,704 hourly ones. */
export function jobSizeFor(bars: number): number {
  return Math.min(MAX_JOB_SIZE, Math.max(MIN_JOB_SIZE, Math.round(JOB_BAR_STEPS / Math.max(1, bars))));
}
