import { listCsvFiles, tryLoadEntries, type DataFileError } from './data_directory.js';
import type { DataDirectoryOptions } from './resolve_symbol.js';
import type { SymbolInfo } from './types.js';

/** What the data directory holds: one line per loadable file, and one error per file that is not. */
export interface DataDirectoryListing {
  symbols: SymbolInfo[];
  errors: DataFileError[];
}

function compareInfo(a: SymbolInfo, b: SymbolInfo): number {
  return a.symbol.localeCompare(b.symbol) || a.quote.localeCompare(b.quote) || a.interval.localeCompare(b.interval) || a.file.localeCompare(b.file);
}

/** Parses every CSV file in the directory (concurrently, through the cache); bad files are reported, not fatal. */
export async function listDataDirectory(dataDir: string, options: DataDirectoryOptions = {}): Promise<DataDirectoryListing> {
  const attempts = await tryLoadEntries(dataDir, await listCsvFiles(dataDir), options.cacheDir);
  return {
    symbols: attempts.flatMap((attempt) => ('loaded' in attempt ? [attempt.loaded.info] : [])).sort(compareInfo),
    errors: attempts.flatMap((attempt) => ('error' in attempt ? [attempt.error] : [])),
  };
}

/** The loadable files only; call `listDataDirectory` to also see which files failed and why. */
export async function getSupportedSymbols(dataDir: string, options: DataDirectoryOptions = {}): Promise<SymbolInfo[]> {
  return (await listDataDirectory(dataDir, options)).symbols;
}
