import { shareSeries } from '../tools/backtest/shared_series.js';
import { csvFolderSource } from '../tools/data/source/csv_folder_source.js';
import type { OhlcvSeries } from '../tools/data/types.js';
import type { DateWindow } from '../tools/dates/date_window.js';
import { BacktestPilotError } from '../tools/errors.js';
import type { SeriesRef } from './sweep_job.js';

export interface WorkerData {
  dataDir: string;
  cacheDir?: string;
}

/** Series a worker keeps loaded (shared with its threads) between jobs: a sweep's jobs reuse one or a few. */
const KEPT_SERIES = 8;
const kept = new Map<string, Promise<OhlcvSeries>>();

function keyOf(ref: SeriesRef): string {
  return `${ref.sha256}:${ref.invalidRows}`;
}

async function loadChecked(ref: SeriesRef, range: DateWindow | undefined, data: WorkerData): Promise<OhlcvSeries> {
  const source = csvFolderSource({ dataDir: data.dataDir, cacheDir: data.cacheDir, invalidRows: ref.invalidRows });
  const series = await source.load(ref.symbol, ref.interval, range);
  const last = series.time[series.time.length - 1];
  if (series.sha256 !== ref.sha256 || series.time.length !== ref.bars || series.time[0] !== ref.first || last !== ref.last) {
    throw new BacktestPilotError('bad_data_file', `this worker's ${ref.symbol} ${ref.interval} data (${series.file}, sha256 ${series.sha256.slice(0, 12)}…, ${series.time.length} bars) is not the series the sweep runs on (sha256 ${ref.sha256.slice(0, 12)}…, ${ref.bars} bars); give every worker the coordinator's data folder`, {
      symbol: ref.symbol, interval: ref.interval, expected_sha256: ref.sha256, found_sha256: series.sha256,
    });
  }
  return shareSeries(series);
}

/**
 * The series a job names, loaded through the worker's own data path and checked against the job's
 * digest and bar count: a worker with other data fails the job rather than score other numbers.
 */
export function seriesForJob(ref: SeriesRef, range: DateWindow | undefined, data: WorkerData): Promise<OhlcvSeries> {
  const key = keyOf(ref);
  let series = kept.get(key);
  if (series) {
    kept.delete(key);
  } else {
    series = loadChecked(ref, range, data);
    // A failed load is not kept: the next job tries again (the file may be fixed meanwhile).
    series.catch(() => kept.delete(key));
    if (kept.size >= KEPT_SERIES) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, series);
  return series;
}
