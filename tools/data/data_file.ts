import path from 'node:path';
import { BacktestPilotError, isBacktestPilotError } from '../errors.js';
import { readCacheFile, writeCacheFile } from './cache_file.js';
import { bundledSampleFolder } from './data_folders.js';
import { marketDataSettings } from './data_settings.js';
import { forgetFileHashes, hashFile, streamFile } from './file_hash.js';
import { OhlcvCsvReader, type ParsedOhlcv } from './parse_ohlcv_csv.js';
import { readFetchRecord, type SeriesProvenance } from './provenance.js';
import { ROW_RULE_TEXT, type InvalidRowPolicy } from './row_rules.js';
import { identifySeries } from './series_identity.js';
import { formatBarTime } from './timestamps.js';
import type { OhlcvSeries, SymbolInfo } from './types.js';

export interface LoadedDataFile {
  series: OhlcvSeries;
  info: SymbolInfo;
}

export interface LoadDataFileOptions {
  /** Where parsed files are cached on disk, keyed by the CSV's SHA-256; omitted = memory only. */
  cacheDir?: string;
  /** Rows breaking a rule fail the file or are dropped; default from `configureMarketData`. */
  invalidRows?: InvalidRowPolicy;
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
export const MAX_FILES_IN_MEMORY = 256;
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

/**
 * Parses with every invalid row dropped and recorded, so one cached parse serves both policies:
 * the `error` policy turns the first recorded row into `invalid_data` (see `enforcePolicy`).
 */
async function parseFile(filePath: string, fileName: string): Promise<{ sha256: string; parsed: ParsedOhlcv }> {
  const reader = new OhlcvCsvReader(fileName, 'drop');
  const sha256 = await streamFile(filePath, (chunk) => reader.push(chunk));
  return { sha256, parsed: reader.finish() };
}

async function readParsed(filePath: string, fileName: string, knownSha256: string, cacheDir: string | undefined): Promise<{ sha256: string; parsed: ParsedOhlcv }> {
  const cached = cacheDir === undefined ? undefined : await readCacheFile(cacheDir, knownSha256);
  if (cached) {
    stats.disk_hits += 1;
    return { sha256: knownSha256, parsed: cached };
  }
  // The bytes parsed are hashed again as they stream: the file may have changed since it was hashed.
  const { sha256, parsed } = await parseFile(filePath, fileName);
  stats.parses += 1;
  if (cacheDir !== undefined) {
    // The cache only saves time: a read-only or full cache directory must not fail the load.
    await writeCacheFile(cacheDir, sha256, parsed, marketDataSettings().cacheMaxBytes).then(
      () => { stats.disk_writes += 1; },
      () => { stats.disk_write_failures += 1; },
    );
  }
  return { sha256, parsed };
}

async function provenanceOf(folder: string, filePath: string, sha256: string): Promise<SeriesProvenance> {
  const fetched = await readFetchRecord(filePath, sha256);
  if (fetched) {
    return {
      source: fetched.source, id: filePath, digest: sha256, fetched_at: fetched.fetched_at, market: fetched.market,
      ...(fetched.adjusted ? { adjusted: true } : {}),
    };
  }
  return { source: path.resolve(folder) === bundledSampleFolder() ? 'sample' : 'file', id: filePath, digest: sha256 };
}

function describeSeries(fileName: string, sha256: string, parsed: ParsedOhlcv, provenance: SeriesProvenance): LoadedDataFile {
  const identity = identifySeries(fileName, parsed.time, parsed.contentPair);
  const series: OhlcvSeries = {
    ...identity,
    file: fileName,
    sha256,
    provenance,
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
    source: provenance.source,
    folder: path.dirname(provenance.id),
    ...(provenance.fetched_at ? { fetched_at: provenance.fetched_at } : {}),
  };
  return { series, info };
}

function enforcePolicy(loaded: LoadedDataFile, policy: InvalidRowPolicy): LoadedDataFile {
  // The parse lists invalid rows by line: the first is the one to fix first.
  const first = loaded.series.parseIssues?.invalid_rows[0];
  if (policy === 'drop' || first === undefined) return loaded;
  const { file } = loaded.series;
  const count = loaded.series.parseIssues!.invalid_rows.length;
  const more = count > 1 ? ` (and ${count - 1} more invalid row(s))` : '';
  throw new BacktestPilotError('invalid_data',
    `${file} line ${first.line} (${JSON.stringify(first.timestamp)}): ${ROW_RULE_TEXT[first.rule]}${more}; fix the file, or pass --drop-invalid (BTP_DATA_INVALID=drop) to drop such rows and list them in the notes`,
    { file, line: first.line, rule: first.rule, timestamp: first.timestamp, invalid_rows: count });
}

export function asDataFileError(error: unknown, fileName: string): BacktestPilotError {
  if (isBacktestPilotError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new BacktestPilotError('bad_data_file', `${fileName} could not be read: ${reason}`, { file: fileName });
}

/**
 * One file of a data folder as a series, from memory, the disk cache (keyed by the file's
 * SHA-256) or a fresh streamed parse. `fileName` must come from a directory listing, never from
 * user text. The returned columns are shared between callers and must not be mutated.
 */
export async function loadDataFile(folder: string, fileName: string, options: LoadDataFileOptions = {}): Promise<LoadedDataFile> {
  const filePath = path.join(folder, fileName);
  const policy = options.invalidRows ?? marketDataSettings().invalidRows;
  try {
    const { sha256: knownSha256 } = await hashFile(filePath, options.cacheDir);
    const key = `${knownSha256}/${filePath}`;
    const known = loadedByKey.get(key);
    if (known) {
      stats.memory_hits += 1;
      return enforcePolicy(await known, policy);
    }
    const loading = readParsed(filePath, fileName, knownSha256, options.cacheDir)
      .then(async ({ sha256, parsed }) => describeSeries(fileName, sha256, parsed, await provenanceOf(folder, filePath, sha256)));
    loadedByKey.set(key, loading);
    if (loadedByKey.size > MAX_FILES_IN_MEMORY) loadedByKey.delete(loadedByKey.keys().next().value!);
    // A failed load is not remembered: the next call retries (and names the file it was asked for).
    loading.catch(() => loadedByKey.delete(key));
    return enforcePolicy(await loading, policy);
  } catch (error) {
    throw asDataFileError(error, fileName);
  }
}
