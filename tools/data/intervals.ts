import { BacktestPilotError } from '../errors.js';
import { DAY_MS } from './timestamps.js';

const UNIT_MS = { w: 7 * DAY_MS, d: DAY_MS, h: 3_600_000, m: 60_000, s: 1000 } as const;
type IntervalUnit = keyof typeof UNIT_MS;
const INTERVAL_PATTERN = /^([1-9]\d{0,3})([smhdw])$/;

/**
 * Canonical spelling of a bar interval (`1D` → `1d`) and its length in ms, or a bad_interval error.
 * Months are not supported: their length varies.
 */
export function parseInterval(raw: string): { interval: string; intervalMs: number } {
  const interval = raw.trim().toLowerCase();
  const match = INTERVAL_PATTERN.exec(interval);
  if (!match) {
    throw new BacktestPilotError('bad_interval', `interval "${raw}" is not valid; use a number and a unit s, m, h, d or w, e.g. 1d, 4h, 15m`, { interval: raw });
  }
  return { interval, intervalMs: Number(match[1]) * UNIT_MS[match[2] as IntervalUnit] };
}

/** The interval name of a bar spacing, in the largest unit that divides it: 3 600 000 → `1h`. */
export function intervalFromMs(ms: number): string {
  for (const [unit, unitMs] of Object.entries(UNIT_MS)) {
    if (ms >= unitMs && ms % unitMs === 0) return `${ms / unitMs}${unit}`;
  }
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

/** Median spacing of strictly increasing bar times: robust to weekends, holidays and gaps. */
export function medianSpacingMs(time: Float64Array): number {
  const spacing = new Float64Array(time.length - 1);
  for (let index = 1; index < time.length; index += 1) spacing[index - 1] = time[index]! - time[index - 1]!;
  spacing.sort();
  return spacing[spacing.length >> 1]!;
}
