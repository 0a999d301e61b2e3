import { buildableIntervals, buildSourceInterval, builtListingLine } from './build_bars.js';
import { scanDataFolders, tryLoadEntries, type DataFileError, type SkippedEntry } from './data_directory.js';
import { parseInterval } from './intervals.js';
import type { DataDirectoryOptions } from './resolve_symbol.js';
import type { OhlcvSeries, SymbolInfo } from './types.js';
import { compareNames } from '../compare_names.js';

/**
 * What the data path holds: one line per loadable file, one error per file that is not, and the
 * `.csv` entries not read at all (unreadable, or not regular files) with the reason.
 */
export interface DataDirectoryListing {
  symbols: SymbolInfo[];
  /**
   * The series no file holds that the loader builds from a finer file (`built_from`): for each
   * symbol, the usual chart intervals (LISTED_BUILT_INTERVALS) its files can build, one line per
   * file of the interval they are built from, with the built bars' span and count.
   */
  built: SymbolInfo[];
  errors: DataFileError[];
  skipped: SkippedEntry[];
}

function compareInfo(a: SymbolInfo, b: SymbolInfo): number {
  return compareNames(a.symbol, b.symbol) || compareNames(a.quote, b.quote) || compareNames(a.interval, b.interval) || compareNames(a.file, b.file);
}

/** Symbol, quote, then the longest bars first (1d, 12h, 4h, 1h), files before built lines: how listings are read. */
export function compareSeriesLines(a: SymbolInfo, b: SymbolInfo): number {
  return compareNames(a.symbol, b.symbol) || compareNames(a.quote, b.quote)
    || parseInterval(b.interval).intervalMs - parseInterval(a.interval).intervalMs
    || Number(a.built_from !== undefined) - Number(b.built_from !== undefined) || compareNames(a.file, b.file);
}

/** The built lines of the listed files (see `DataDirectoryListing.built`), as the loader would build them. */
function builtLines(files: ReadonlyArray<{ info: SymbolInfo; series: OhlcvSeries }>): SymbolInfo[] {
  const bySymbol = new Map<string, Array<{ info: SymbolInfo; series: OhlcvSeries }>>();
  for (const file of files) bySymbol.set(file.info.symbol, [...(bySymbol.get(file.info.symbol) ?? []), file]);
  return [...bySymbol.values()].flatMap((held) => {
    const intervals = held.map((file) => file.info.interval);
    return buildableIntervals(intervals).flatMap((interval) => {
      const source = buildSourceInterval(interval, intervals);
      return held.filter((file) => file.info.interval === source).flatMap((file) => builtListingLine(file.info, file.series, interval) ?? []);
    });
  });
}

/**
 * Parses every CSV file of the data path (concurrently, through the cache); bad files are reported,
 * not fatal. A series (symbol, quote, interval) in the user's folder hides the sample's copy.
 */
export async function listDataDirectory(dataDir: string, options: DataDirectoryOptions = {}): Promise<DataDirectoryListing> {
  const scan = await scanDataFolders(dataDir);
  const attempts = await tryLoadEntries(scan.entries, options);
  const loaded = attempts.flatMap((attempt) => ('loaded' in attempt ? [{ ...attempt.loaded, layer: attempt.entry.layer }] : []));
  const seriesKey = (info: SymbolInfo) => `${info.symbol}/${info.quote}/${info.interval}`;
  const topLayerOf = new Map<string, number>();
  for (const { info, layer } of loaded) topLayerOf.set(seriesKey(info), Math.min(layer, topLayerOf.get(seriesKey(info)) ?? layer));
  const files = loaded.filter(({ info, layer }) => topLayerOf.get(seriesKey(info)) === layer).map(({ info, series, layer }) => ({ info: { ...info, layer }, series }));
  return {
    symbols: files.map((file) => file.info).sort(compareInfo),
    built: builtLines(files).sort(compareSeriesLines),
    errors: attempts.flatMap((attempt) => ('error' in attempt ? [attempt.error] : [])),
    skipped: scan.skipped,
  };
}

/** Every series the data path can serve without the network: the files, then the bars built from them. */
export async function listSeries(dataDir: string, options: DataDirectoryOptions = {}): Promise<SymbolInfo[]> {
  const listing = await listDataDirectory(dataDir, options);
  return [...listing.symbols, ...listing.built].sort(compareSeriesLines);
}

/** The loadable files only; call `listDataDirectory` to also see which files failed and why. */
export async function getSupportedSymbols(dataDir: string, options: DataDirectoryOptions = {}): Promise<SymbolInfo[]> {
  return (await listDataDirectory(dataDir, options)).symbols;
}
