import { scanDataFolders, tryLoadEntries, type DataFileError, type SkippedEntry } from './data_directory.js';
import type { DataDirectoryOptions } from './resolve_symbol.js';
import type { SymbolInfo } from './types.js';
import { compareNames } from '../compare_names.js';

/**
 * What the data path holds: one line per loadable file, one error per file that is not, and the
 * `.csv` entries not read at all (unreadable, or not regular files) with the reason.
 */
export interface DataDirectoryListing {
  symbols: SymbolInfo[];
  errors: DataFileError[];
  skipped: SkippedEntry[];
}

function compareInfo(a: SymbolInfo, b: SymbolInfo): number {
  return compareNames(a.symbol, b.symbol) || compareNames(a.quote, b.quote) || compareNames(a.interval, b.interval) || compareNames(a.file, b.file);
}

/**
 * Parses every CSV file of the data path (concurrently, through the cache); bad files are reported,
 * not fatal. A series (symbol, quote, interval) in the user's folder hides the sample's copy.
 */
export async function listDataDirectory(dataDir: string, options: DataDirectoryOptions = {}): Promise<DataDirectoryListing> {
  const scan = await scanDataFolders(dataDir);
  const attempts = await tryLoadEntries(scan.entries, options);
  const loaded = attempts.flatMap((attempt) => ('loaded' in attempt ? [{ info: attempt.loaded.info, layer: attempt.entry.layer }] : []));
  const seriesKey = (info: SymbolInfo) => `${info.symbol}/${info.quote}/${info.interval}`;
  const topLayerOf = new Map<string, number>();
  for (const { info, layer } of loaded) topLayerOf.set(seriesKey(info), Math.min(layer, topLayerOf.get(seriesKey(info)) ?? layer));
  return {
    symbols: loaded.filter(({ info, layer }) => topLayerOf.get(seriesKey(info)) === layer).map(({ info, layer }) => ({ ...info, layer })).sort(compareInfo),
    errors: attempts.flatMap((attempt) => ('error' in attempt ? [attempt.error] : [])),
    skipped: scan.skipped,
  };
}

/** The loadable files only; call `listDataDirectory` to also see which files failed and why. */
export async function getSupportedSymbols(dataDir: string, options: DataDirectoryOptions = {}): Promise<SymbolInfo[]> {
  return (await listDataDirectory(dataDir, options)).symbols;
}
