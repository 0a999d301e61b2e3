import type { OhlcvSeries } from '../data/types.js';

const COLUMNS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

const sharedCopies = new WeakMap<OhlcvSeries, OhlcvSeries>();

function toShared(column: Float64Array): Float64Array {
  if (column.buffer instanceof SharedArrayBuffer) return column;
  const shared = new Float64Array(new SharedArrayBuffer(column.byteLength));
  shared.set(column);
  return shared;
}

/**
 * The same series with its columns in SharedArrayBuffers, made once per series: posting it to a
 * worker thread then shares the memory instead of copying every column for every job.
 */
export function shareSeries(series: OhlcvSeries): OhlcvSeries {
  const cached = sharedCopies.get(series);
  if (cached) return cached;
  const shared = { ...series } as Record<string, unknown>;
  for (const column of COLUMNS) shared[column] = toShared(series[column]);
  const result = shared as unknown as OhlcvSeries;
  sharedCopies.set(series, result);
  return result;
}
