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

export function medianMs(action: () => void, { warmup = 3, runs = 11 } = {}): number {
  for (let index = 0; index < warmup; index++) action();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

export async function medianMsAsync(action: () => Promise<unknown>, { warmup = 1, runs = 5 } = {}): Promise<number> {
  for (let index = 0; index < warmup; index++) await action();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

export { seededRandom } from '../tools/optimization/candidates.js';
