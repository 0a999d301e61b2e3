import { METRIC_KEYS, type PerformanceMetrics } from '../risk/types.js';

/** Float64 slots per candidate when metrics cross a thread boundary: one per metric, in METRIC_KEYS order. */
export const METRIC_SLOTS = METRIC_KEYS.length;

/** Writes the metrics into `target` at `offset` (null as NaN); `null` metrics (a rejected candidate) as all NaN. */
export function packMetrics(metrics: PerformanceMetrics | null, target: Float64Array, offset: number): void {
  for (let slot = 0; slot < METRIC_SLOTS; slot++) target[offset + slot] = metrics?.[METRIC_KEYS[slot]!] ?? Number.NaN;
}

/** The metrics at `offset`, or null for a rejected candidate (total return, never null, is NaN). */
export function unpackMetrics(source: Float64Array, offset: number): PerformanceMetrics | null {
  if (Number.isNaN(source[offset])) return null;
  const metrics: Record<string, number | null> = {};
  for (let slot = 0; slot < METRIC_SLOTS; slot++) {
    const value = source[offset + slot]!;
    metrics[METRIC_KEYS[slot]!] = Number.isNaN(value) ? null : value;
  }
  return metrics as unknown as PerformanceMetrics;
}
