/**
 * How many candidates a fleet job holds when no --job-size is given. The engine runs some 50 M bar ×
 * candidate steps a second on one core and the queue costs about 2 ms a job (npm run bench), so:
 * - at most 75 M steps (about 1.5 s): a retried job costs little, and a sweep spreads over the fleet;
 * - at least 2 M steps (about 40 ms, the queue under 5 %);
 * - between those, the search cut into 16 jobs or more, so even a small sweep keeps a fleet busy.
 */
const MAX_JOB_STEPS = 75_000_000;
const MIN_JOB_STEPS = 2_000_000;
const JOBS_PER_SWEEP = 16;
const MIN_JOB_SIZE = 100;
const MAX_JOB_SIZE = 100_000;

/** Candidates per job for a search of `candidates` over a series of `bars` bars. */
export function jobSizeFor(bars: number, candidates: number): number {
  const steps = (limit: number) => Math.round(limit / Math.max(1, bars));
  const size = Math.min(steps(MAX_JOB_STEPS), Math.max(steps(MIN_JOB_STEPS), Math.ceil(candidates / JOBS_PER_SWEEP)));
  return Math.min(MAX_JOB_SIZE, Math.max(MIN_JOB_SIZE, size));
}
