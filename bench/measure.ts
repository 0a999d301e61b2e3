/** Timing helpers for `npm run bench`: warm up, then take the median of several runs. */
export interface BenchRow {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** The goal this figure is held against, e.g. "< 20 ms"; printed beside it. */
  target?: string;
  met?: boolean;
}

/**
 * Median wall-clock and median CPU time of `runs` runs after `warmup` unmeasured ones. CPU time is
 * this process's user + system time: on a shared machine it leaves out the time other processes
 * held the core (wall time does not), and it counts V8's helper threads (GC, compiler) on top.
 */
export function medianTiming(action: () => void, { warmup = 3, runs = 11 } = {}): { wallMs: number; cpuMs: number } {
  for (let index = 0; index < warmup; index++) action();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < runs; index++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    action();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

export function medianMs(action: () => void, options: { warmup?: number; runs?: number } = {}): number {
  return medianTiming(action, options).wallMs;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** medianTiming for async work; the CPU time counts every thread of the process (worker threads too). */
export async function medianTimingAsync(action: () => Promise<unknown>, { warmup = 1, runs = 5 } = {}): Promise<{ wallMs: number; cpuMs: number }> {
  for (let index = 0; index < warmup; index++) await action();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < runs; index++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await action();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

export async function medianMsAsync(action: () => Promise<unknown>, options: { warmup?: number; runs?: number } = {}): Promise<number> {
  return (await medianTimingAsync(action, options)).wallMs;
}

export { seededRandom } from '../tools/optimization/search/seeded_random.js';
