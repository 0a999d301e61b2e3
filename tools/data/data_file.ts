import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BacktestPilotError, isBacktestPilotError } from '../errors.js';
import { readCacheFile, writeCacheFile } from './cache_file.js';
import { forgetFileHashes, hashFile, sha256Hex } from './file_hash.js';
import { parseOhlcvCsv, type ParsedOhlcv } from './parse_ohlcv_csv.js';
import { identifySeries } from './series_identity.js';
import { formatBarTime } from './timestamps.js';
import type { OhlcvSeries, SymbolInfo } from './types.js';

export interface LoadedDataFile {
  series: OhlcvSeries;
  info: SymbolInfo;
}

/** How loads were served since the last `clearSeriesCache()`; snake_case for logs and benches. */
export interface SeriesCacheStats {
  memory_hits: number;
  disk_hits: number;
  parses: number;
  disk_writes: number;
  disk_write_failures: number;
}

// Enough for any real data directory; bounded so a long-running server re-reading edited files
// does not keep every old version.
const MAX_FILES_IN_MEMORY = 256;
const loadedByKey = new Map<string, Promise<LoadedDataFile>>();
const stats: SeriesCacheStats = { memory_hits: 0, disk_hits: 0, parses: 0, disk_writes: 0, disk_write_failures: 0 };

export function getSeriesCacheStats(): SeriesCacheStats {
  return { ...stats };
}

/** Forgets every parsed series and file hash held in memory (the disk cache stays). */
export function clearSeriesCache(): void {
  loadedByKey.clear();
  forgetFileHashes();
  for (const key of Object.keys(stats) as (keyof SeriesCacheStats)[]) stats[key] = 0;
}

async function parseAndStore(fileName: string, contents: Buffer, sha256: string, cacheDir: string | undefined): Promise<ParsedOhlcv> {
  const parsed = parseOhlcvCsv(contents, fileName);
  stats.parses += 1;
  if (cacheDir !== undefined) {
    // The cache only saves time: a read-only or full cache directory must not fail the load.
    await writeCacheFile(cacheDir, sha256, parsed).then(
      () => { stats.disk_writes += 1; },
      () => { stats.disk_write_failures += 1; },
    );
  }
  return parsed;
}

async function readParsed(
  filePath: string, fileName: string, hashed: { sha256: string; contents?: Buffer }, cacheDir: string | undefined,
): Promise<{ sha256: string; parsed: ParsedOhlcv }> {
  const cached = cacheDir === undefined ? undefined : await readCacheFile(cacheDir, hashed.sha256);
  if (cached) {
    stats.disk_hits += 1;
    return { sha256: hashed.sha256, parsed: cached };
  }
  // Bytes read again (the hash came from memory) are hashed again: the file may have changed since.
  const contents = hashed.contents ?? await readFile(filePath);
  const sha256 = hashed.contents ? hashed.sha256 : sha256Hex(contents);
  return { sha256, parsed: await parseAndStore(fileName, contents, sha256, cacheDir) };
}

function describeSeries(fileName: string, sha256: string, parsed: ParsedOhlcv): LoadedDataFile {
  const identity = identifySeries(fileName, parsed.time, parsed.contentPair);
  const series: OhlcvSeries = {
    ...identity,
    file: fileName,
    sha256,
    format: parsed.format,
    time: parsed.time, open: parsed.open, high: parsed.high, low: parsed.low, close: parsed.close, volume: parsed.volume,
    parseIssues: parsed.issues,
  };
  const bars = parsed.time.length;
  const info: SymbolInfo = {
    symbol: identity.symbol,
    quote: identity.quote,
    interval: identity.interval,
    asset_class: identity.assetClass,
    file: fileName,
    first: formatBarTime(parsed.time[0]!, identity.intervalMs),
    last: formatBarTime(parsed.time[bars - 1]!, identity.intervalMs),
    bars,
  };
  return { series, info };
}

export function asDataFileError(error: unknown, fileName: string): BacktestPilotError {
  if (isBacktestPilotError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new BacktestPilotError('bad_data_file', `${fileName} could not be read: ${reason}`, { file: fileName });
}

/**
 * One file of the data directory as a series, from memory, the disk cache (keyed by the file's
 * SHA-256) or a fresh parse. `fileName` must come from a directory listing, never from user text.
 * The returned columns are shared between callers and must not be mutated.
 */
export async function loadDataFile(dataDir: string, fileName: string, cacheDir?: string): Promise<LoadedDataFile> {
  const filePath = path.join(dataDir, fileName);
  try {
    const hashed = await hashFile(filePath);
    const key = `${hashed.sha256}/${fileName}`;
    const known = loadedByKey.get(key);
    if (known) {
      stats.memory_hits += 1;
      return await known;
    }
    const loading = readParsed(filePath, fileName, hashed, cacheDir).then(({ sha256, parsed }) => describeSeries(fileName, sha256, parsed));
    loadedByKey.set(key, loading);
    if (loadedByKey.size > MAX_FILES_IN_MEMORY) loadedByKey.delete(loadedByKey.keys().next().value!);
    // A failed load is not remembered: the next call retries (and names the file it was asked for).
    loading.catch(() => loadedByKey.delete(key));
    return await loading;
  } catch (error) {
    throw asDataFileError(error, fileName);
  }
}
