import { BacktestPilotError } from '../errors.js';
import type { DateWindow } from '../dates/date_window.js';
import { buildBars, buildableIntervals, buildSourceInterval, describeIntervals } from './build_bars.js';
import { chooseFileForRange } from './choose_file.js';
import type { LoadedDataFile } from './data_file.js';
import { tryLoadEntries, type CsvFileEntry, type LoadAttempt } from './data_directory.js';
import { parseInterval } from './intervals.js';
import { findSymbolFiles } from './resolve_symbol.js';
import type { InvalidRowPolicy } from './row_rules.js';
import type { OhlcvSeries } from './types.js';

export interface LoadSeriesOptions {
  /**
   * Folder of OHLCV CSV files, or several joined like PATH (`a:b`), the first layered over the
   * rest; only read, never written.
   */
  dataDir: string;
  /** Where parsed files are cached on disk, keyed by the CSV's SHA-256; omitted = memory only. */
  cacheDir?: string;
  /** Bar interval, default `1d`. */
  interval?: string;
  /** The window the caller will backtest; it only picks between files, the whole file is returned. */
  range?: DateWindow;
  /** Rows breaking a rule fail the load (`error`) or are dropped and listed (`drop`); default BTP_DATA_INVALID. */
  invalidRows?: InvalidRowPolicy;
}

export const DEFAULT_INTERVAL = '1d';

function loadedFilesOf(symbol: string, attempts: readonly LoadAttempt[]): LoadedDataFile[] {
  const failure = attempts.find((attempt) => 'error' in attempt);
  if (failure && 'error' in failure) {
    // A broken file for the very symbol asked for is the user's problem to see, not to skip.
    const { code, message, file, line, rule } = failure.error;
    const where = code === 'invalid_data' ? { line, rule } : {};
    throw new BacktestPilotError(code === 'invalid_data' ? 'invalid_data' : 'bad_data_file', `cannot load ${symbol}: ${message}`, { symbol, file, ...where });
  }
  return attempts.flatMap((attempt) => ('loaded' in attempt ? [attempt.loaded] : []));
}

/** The intervals a symbol has files of: from their names, opening only files whose name gives none. */
async function fileIntervalsOf(entries: readonly CsvFileEntry[], loadOptions: { cacheDir?: string; invalidRows?: InvalidRowPolicy }): Promise<string[]> {
  const named = entries.flatMap((entry) => (entry.nameIdentity.interval === undefined ? [] : [parseInterval(entry.nameIdentity.interval).interval]));
  const unnamed = entries.filter((entry) => entry.nameIdentity.interval === undefined);
  const opened = unnamed.length === 0 ? [] : await tryLoadEntries(unnamed, loadOptions);
  return [...new Set([...named, ...opened.flatMap((attempt) => ('loaded' in attempt ? [attempt.loaded.series.interval] : []))])].sort();
}

/**
 * The whole series of one symbol at one interval (the engine needs the warm-up bars before the
 * range). Files in the top layer of the data path (the user's folder) win over the layers below
 * (the bundled sample); among one layer's files, the range picks the one that covers it. The
 * series names the file it came from and its provenance. With no file of the interval, its bars
 * are built from the coarsest finer interval that divides it (`buildBars`: 4h from 1h), that
 * interval's file chosen the same way; daily and longer bars come from their own files only.
 */
export async function loadSeries(symbol: string, options: LoadSeriesOptions): Promise<OhlcvSeries> {
  const { interval } = parseInterval(options.interval ?? DEFAULT_INTERVAL);
  const loadOptions = { cacheDir: options.cacheDir, invalidRows: options.invalidRows };
  const found = await findSymbolFiles(options.dataDir, symbol, { cacheDir: options.cacheDir });
  // Files whose name gives another interval are not opened (a 1d load never parses the 1h file).
  const candidates = found.entries.filter((entry) => (entry.nameIdentity.interval ?? interval) === interval);
  const topLayer = Math.min(...candidates.map((entry) => entry.layer));
  const inTopLayer = candidates.filter((entry) => entry.layer === topLayer);
  const loaded = loadedFilesOf(found.symbol, await tryLoadEntries(inTopLayer, loadOptions));
  const atInterval = loaded.filter((file) => file.series.interval === interval);
  if (atInterval.length === 0) {
    const available = await fileIntervalsOf(found.entries, loadOptions);
    const source = buildSourceInterval(interval, available);
    if (source !== undefined) return buildBars(await loadSeries(found.symbol, { ...options, interval: source }), interval);
    throw new BacktestPilotError('interval_unavailable', `no ${interval} data for ${found.symbol}; available intervals: ${describeIntervals(available)}`, {
      symbol: found.symbol, interval, available_intervals: available, buildable_intervals: buildableIntervals(available),
    });
  }
  const spans = atInterval.map((file) => ({
    file: file.series.file, first: file.series.time[0]!, last: file.series.time[file.series.time.length - 1]!, bars: file.info.bars, series: file.series,
  }));
  return chooseFileForRange(spans, options.range).series;
}
