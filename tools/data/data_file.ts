import path from 'node:path';
import { BacktestPilotError, isBacktestPilotError } from '../errors.js';
import { ByteBoundedLru } from './byte_bounded_lru.js';
import { readCacheFile, writeCacheFile } from './cache_file.js';
import { bundledSampleFolder } from './data_folders.js';
import { marketDataSettings, reportDataWarning } from './data_settings.js';
import { forgetFileHashes, hashFile, streamFile } from './file_hash.js';
import { OhlcvCsvReader, type ParsedOhlcv } from './parse_ohlcv_csv.js';
import { readFetchRecord, type SeriesProvenance } from './provenance.js';
import { ROW_RULE_TEXT, type InvalidRowPolicy } from './row_rules.js';
import { seriesBytes } from './series_bytes.js';
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
  /** Parses larger than the whole bound, so not written to the disk cache. */
  disk_too_large: number;
  /** Disk cache entries that failed their checksum: deleted, rebuilt from the CSV, and reported. */
  disk_corrupt: number;
  /** Series dropped from memory to stay under BTP_CACHE_MAX_MB. */
  memory_evictions: number;
  /** Series larger than the whole bound: served, then let go. */
  memory_too_large: number;
  /** Bytes the series held in memory keep alive (see `seriesBytes`). */
  memory_bytes: number;
}

// Bounded by bytes, not files: a long-running server re-reading edited files must not keep every
// old version, and one 200 MB series weighs as much as thousands of small ones. Same bound as the
// disk cache (BTP_CACHE_MAX_MB), each layer on its own.
const loaded = new ByteBoundedLru<LoadedDataFile>(() => marketDataSettings().cacheMaxBytes);
// Loads under way, shared by every caller asking for the same file meanwhile; their size is known
// only once they finish, so they join `loaded` then.
const loading = new Map<string, Promise<LoadedDataFile>>();
const counts = { memory_hits: 0, disk_hits: 0, parses: 0, disk_writes: 0, disk_write_failures: 0, disk_too_large: 0, disk_corrupt: 0, memory_too_large: 0 };

export function getSeriesCacheStats(): SeriesCacheStats {
  return { ...counts, memory_evictions: loaded.evictions, memory_bytes: loaded.bytes };
}

/** Forgets every parsed series and file hash held in memory (the disk cache stays). */
export function clearSeriesCache(): void {
  loaded.clear();
  loading.clear();
  forgetFileHashes();
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] = 0;
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
  const cached = cacheDir === undefined ? { status: 'miss' as const } : await readCacheFile(cacheDir, knownSha256);
  if (cached.status === 'hit') {
    counts.disk_hits += 1;
    return { sha256: knownSha256, parsed: cached.parsed };
  }
  if (cached.status === 'corrupt') {
    counts.disk_corrupt += 1;
    reportDataWarning(`cache entry ${cached.file} failed its checksum; deleted and rebuilt from ${fileName}`);
  }
  // The bytes parsed are hashed again as they stream: the file may have changed since it was hashed.
  const { sha256, parsed } = await parseFile(filePath, fileName);
  counts.parses += 1;
  if (cacheDir !== undefined) {
    // The cache only saves time: a read-only or full cache directory must not fail the load.
    await writeCacheFile(cacheDir, sha256, parsed, marketDataSettings().cacheMaxBytes).then(
      (written) => { counts[written ? 'disk_writes' : 'disk_too_large'] += 1; },
      () => { counts.disk_write_failures += 1; },
    );
  }
  return { sha256, parsed };
}

/**
 * Where a file's series came from. `id` is the data folder's own name and the file's
 * (`sample/BTC-USDT-1d.csv`, `ohlcv/BTC-USDT-1d.csv`): it travels in results and saved experiments,
 * so it never holds the user's absolute path.
 */
async function provenanceOf(folder: string, filePath: string, sha256: string): Promise<SeriesProvenance> {
  const id = `${path.basename(path.resolve(folder))}/${path.basename(filePath)}`;
  const fetched = await readFetchRecord(filePath, sha256);
  if (fetched) {
    return {
      source: fetched.source, id, digest: sha256, fetched_at: fetched.fetched_at, market: fetched.market,
      ...(fetched.adjusted ? { adjusted: true } : {}),
    };
  }
  return { source: path.resolve(folder) === bundledSampleFolder() ? 'sample' : 'file', id, digest: sha256 };
}

function describeSeries(folder: string, fileName: string, sha256: string, parsed: ParsedOhlcv, provenance: SeriesProvenance): LoadedDataFile {
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
    folder: path.resolve(folder),
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
    // Both looked up without awaiting in between, so concurrent callers share one load.
    const known = loaded.get(key) ?? loading.get(key);
    if (known) {
      counts.memory_hits += 1;
      return enforcePolicy(await known, policy);
    }
    const load = readParsed(filePath, fileName, knownSha256, options.cacheDir)
      .then(async ({ sha256, parsed }) => describeSeries(folder, fileName, sha256, parsed, await provenanceOf(folder, filePath, sha256)));
    loading.set(key, load);
    // A failed load is not remembered: the next call retries (and names the file it was asked for).
    // Nor is one that `clearSeriesCache()` forgot while it ran (it is no longer the key's load).
    const current = () => loading.get(key) === load;
    const file = await load.catch((error: unknown) => {
      if (current()) loading.delete(key);
      throw error;
    });
    if (current()) {
      loading.delete(key);
      if (!loaded.set(key, file, seriesBytes(file.series))) counts.memory_too_large += 1;
    }
    return enforcePolicy(file, policy);
  } catch (error) {
    throw asDataFileError(error, fileName);
  }
}
