import type { PerformanceMetrics } from '../../risk/types.js';

/** Float64 slots per candidate when metrics cross a thread boundary: one per metric, in METRIC_KEYS order. */
export const METRIC_SLOTS = 12;

const orNaN = (value: number | null) => value ?? Number.NaN;
const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/**
 * Writes the metrics into `target` at `offset`, null as NaN, in METRIC_KEYS order; a rejected
 * candidate (null) as all NaN. Field by field: a grid sends tens of thousands through here.
 */
export function packMetrics(metrics: PerformanceMetrics | null, target: Float64Array, offset: number): void {
  if (metrics === null) {
    target.fill(Number.NaN, offset, offset + METRIC_SLOTS);
    return;
  }
  target[offset] = metrics.total_return;
  target[offset + 1] = orNaN(metrics.cagr);
  target[offset + 2] = orNaN(metrics.volatility);
  target[offset + 3] = orNaN(metrics.sharpe_ratio);
  target[offset + 4] = orNaN(metrics.sortino_ratio);
  target[offset + 5] = metrics.max_drawdown;
  target[offset + 6] = orNaN(metrics.calmar_ratio);
  target[offset + 7] = orNaN(metrics.win_rate);
  target[offset + 8] = orNaN(metrics.profit_factor);
  target[offset + 9] = metrics.num_trades;
  target[offset + 10] = metrics.exposure;
  target[offset + 11] = metrics.final_equity;
}

/** The metrics at `offset`, or null for a rejected candidate (total return, never null, is NaN). */
export function unpackMetrics(source: Float64Array, offset: number): PerformanceMetrics | null {
  if (Number.isNaN(source[offset])) return null;
  return {
    total_return: source[offset]!,
    cagr: orNull(source[offset + 1]!),
    volatility: orNull(source[offset + 2]!),
    sharpe_ratio: orNull(source[offset + 3]!),
    sortino_ratio: orNull(source[offset + 4]!),
    max_drawdown: source[offset + 5]!,
    calmar_ratio: orNull(source[offset + 6]!),
    win_rate: orNull(source[offset + 7]!),
    profit_factor: orNull(source[offset + 8]!),
    num_trades: source[offset + 9]!,
    exposure: source[offset + 10]!,
    final_equity: source[offset + 11]!,
  };
}
