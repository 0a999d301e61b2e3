import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFilePath, decodeCacheFile, encodeCacheFile } from './cache_file.js';
import { clearSeriesCache, getSeriesCacheStats, loadDataFile } from './data_file.js';
import { configureMarketData, resetMarketDataSettings } from './data_settings.js';
import { loadSeries } from './load_series.js';
import { parseOhlcvCsv } from './parse_ohlcv_csv.js';
import { sha256Hex } from './file_hash.js';
import { csvFolderSource } from './source/csv_folder_source.js';
import { loadEach } from './source/market_data_source.js';

const root = mkdtempSync(path.join(tmpdir(), 'btp-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HEADER = 'timestamp,open,high,low,close,volume';
const firstVersion = `${HEADER}\n2024-01-01,10,12,9,11,100\n2024-01-02,11,13,10,12,200\n2024-01-03,12,14,11,13,300\n`;
// Same shape, one close changed and one bar added: a different hash.
const secondVersion = `${HEADER}\n2024-01-01,10,12,9,11,100\n2024-01-02,11,13,10,12.5,200\n2024-01-03,12,14,11,13,300\n2024-01-04,13,15,12,14,400\n`;

function freshDirs(): { dataDir: string; cacheDir: string } {
  const dataDir = mkdtempSync(path.join(root, 'data-'));
  return { dataDir, cacheDir: `${dataDir}-cache` };
}

beforeEach(() => clearSeriesCache());
afterEach(() => resetMarketDataSettings());

describe('the series cache', () => {
  it('parses once, then serves memory hits; a new process (cleared memory) reads the disk cache', async () => {
    const { dataDir, cacheDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), firstVersion);
    const first = await loadSeries('ABC', { dataDir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ parses: 1, disk_writes: 1, memory_hits: 0, disk_hits: 0 });
    expect(readdirSync(cacheDir).sort()).toEqual([path.basename(cacheFilePath(cacheDir, sha256Hex(Buffer.from(firstVersion)))), 'digests.v2.json'].sort());

    expect(await loadSeries('abc', { dataDir, cacheDir })).toBe(first);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 1, memory_hits: 1 });

    clearSeriesCache();
    const fromDisk = await loadSeries('ABC', { dataDir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ parses: 0, disk_hits: 1 });
    expect(fromDisk).toEqual(first);
  });

  it('loads the same file once when many loads ask for it at the same time', async () => {
    const { dataDir, cacheDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), firstVersion);
    const loaded = await loadEach(csvFolderSource({ dataDir, cacheDir }), ['ABC', 'abc', 'ABC/USDT'], '1d');
    expect(new Set(loaded).size).toBe(1);
    expect(getSeriesCacheStats().parses).toBe(1);
  });

  it('re-parses a file whose content changed, keyed by the new hash', async () => {
    const { dataDir, cacheDir } = freshDirs();
    const file = path.join(dataDir, 'ABC-USDT-1d.csv');
    writeFileSync(file, firstVersion);
    const before = await loadSeries('ABC', { dataDir, cacheDir });
    writeFileSync(file, secondVersion);
    const after = await loadSeries('ABC', { dataDir, cacheDir });
    expect(getSeriesCacheStats().parses).toBe(2);
    expect(after.sha256).toBe(sha256Hex(Buffer.from(secondVersion)));
    expect(after.sha256).not.toBe(before.sha256);
    expect([...after.close]).toEqual([11, 12.5, 13, 14]);
    expect([...before.close]).toEqual([11, 12, 13]);
  });

  it('ignores a corrupt or tampered cache file and rebuilds it, saying so', async () => {
    const warnings: string[] = [];
    configureMarketData({ onProgress: (line) => warnings.push(line) });
    const { dataDir, cacheDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), firstVersion);
    const good = await loadSeries('ABC', { dataDir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ disk_corrupt: 0 });
    expect(warnings).toEqual([]);
    const cacheFile = cacheFilePath(cacheDir, good.sha256);
    const valid = readFileSync(cacheFile);

    const tampered = Buffer.from(valid);
    tampered[tampered.length - 40] ^= 0xff; // a byte of the last column (volume)
    for (const corrupt of [Buffer.from('garbage'), valid.subarray(0, valid.length - 9), tampered]) {
      writeFileSync(cacheFile, corrupt);
      clearSeriesCache();
      expect(await loadSeries('ABC', { dataDir, cacheDir })).toEqual(good);
      expect(getSeriesCacheStats()).toMatchObject({ disk_hits: 0, parses: 1, disk_writes: 1, disk_corrupt: 1 });
      expect(readFileSync(cacheFile).equals(valid)).toBe(true);
    }
    expect(warnings).toEqual(Array.from({ length: 3 }, () => `cache entry ${cacheFile} failed its checksum; deleted and rebuilt from ABC-USDT-1d.csv`));
  });

  it('never writes the data directory, and loads even when the cache cannot be written', async () => {
    const { dataDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), firstVersion);
    const blocker = `${dataDir}-blocker`;
    writeFileSync(blocker, 'a file where the cache directory should be');
    chmodSync(dataDir, 0o555);
    try {
      const series = await loadSeries('ABC', { dataDir, cacheDir: path.join(blocker, 'processed') });
      expect([...series.close]).toEqual([11, 12, 13]);
      expect(getSeriesCacheStats()).toMatchObject({ parses: 1, disk_writes: 0, disk_write_failures: 1 });
      expect(readdirSync(dataDir)).toEqual(['ABC-USDT-1d.csv']);
      expect(statSync(path.join(dataDir, 'ABC-USDT-1d.csv')).size).toBe(firstVersion.length);
    } finally {
      chmodSync(dataDir, 0o755);
    }
  });
});

// A fresh parse of up to 1,024 rows keeps six 1,024-row Float64 columns alive: 49,152 bytes, plus
// 1,024 per entry (see series_bytes.ts). Three such files fill a bound of 150,528 bytes exactly.
const SMALL_FILE_BYTES = 50_176;
// 1,025 rows outgrow the first columns: 2,048 rows × 6 × 8 + 1,024.
const LARGER_FILE_BYTES = 99_328;

function filesOf(dataDir: string, names: readonly string[], rows = 1): string[] {
  return names.map((symbol) => {
    const name = `${symbol}-USDT-1d.csv`;
    const lines = Array.from({ length: rows }, (_, day) => `${new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10)},10,12,9,11,100`);
    writeFileSync(path.join(dataDir, name), `${HEADER}\n${lines.join('\n')}\n`);
    return name;
  });
}

describe('the in-memory series cache, bounded by BTP_CACHE_MAX_MB', () => {
  it('keeps series while their bytes fit the bound', async () => {
    configureMarketData({ cacheMaxBytes: 3 * SMALL_FILE_BYTES });
    const { dataDir } = freshDirs();
    const [a, b, c] = filesOf(dataDir, ['A', 'B', 'C']);
    for (const name of [a!, b!, c!]) await loadDataFile(dataDir, name);
    for (const name of [a!, b!, c!]) await loadDataFile(dataDir, name);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 3, memory_hits: 3, memory_evictions: 0, memory_bytes: 150_528 });
  });

  it('evicts the least recently used series, not the first loaded: a hit protects it', async () => {
    configureMarketData({ cacheMaxBytes: 3 * SMALL_FILE_BYTES });
    const { dataDir } = freshDirs();
    const [a, b, c, d] = filesOf(dataDir, ['A', 'B', 'C', 'D']);
    for (const name of [a!, b!, c!]) await loadDataFile(dataDir, name);
    await loadDataFile(dataDir, a!); // A, loaded first, is now the most recently used
    await loadDataFile(dataDir, d!); // so B goes to make room for D
    expect(getSeriesCacheStats()).toMatchObject({ parses: 4, memory_hits: 1, memory_evictions: 1, memory_bytes: 150_528 });
    await loadDataFile(dataDir, a!);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 4, memory_hits: 2 });
    await loadDataFile(dataDir, b!);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 5, memory_hits: 2 });
  });

  it('evicts by bytes, not by count: one larger series displaces two small ones', async () => {
    configureMarketData({ cacheMaxBytes: 3 * SMALL_FILE_BYTES });
    const { dataDir } = freshDirs();
    const small = filesOf(dataDir, ['A', 'B', 'C']);
    const [large] = filesOf(dataDir, ['LARGE'], 1025);
    for (const name of small) await loadDataFile(dataDir, name);
    await loadDataFile(dataDir, large!);
    // 150,528 + 99,328 is over the bound; dropping A leaves 199,680, dropping B 149,504.
    expect(getSeriesCacheStats()).toMatchObject({ memory_evictions: 2, memory_bytes: SMALL_FILE_BYTES + LARGER_FILE_BYTES });
    expect(SMALL_FILE_BYTES + LARGER_FILE_BYTES).toBe(149_504);
    await loadDataFile(dataDir, small[2]!);
    await loadDataFile(dataDir, large!);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 4, memory_hits: 2 });
  });

  it('serves a series bigger than the whole bound but does not keep it, nor drop the others for it', async () => {
    configureMarketData({ cacheMaxBytes: SMALL_FILE_BYTES + 1 });
    const { dataDir } = freshDirs();
    const [small] = filesOf(dataDir, ['A']);
    const [large] = filesOf(dataDir, ['LARGE'], 1025);
    await loadDataFile(dataDir, small!);
    const served = await loadDataFile(dataDir, large!);
    expect(served.series.close).toHaveLength(1025);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 2, memory_too_large: 1, memory_evictions: 0, memory_bytes: SMALL_FILE_BYTES });
    await loadDataFile(dataDir, large!);
    await loadDataFile(dataDir, small!);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 3, memory_hits: 1, memory_too_large: 2 });
  });
});

describe('the cache file format', () => {
  const parsed = parseOhlcvCsv(secondVersion, 'ABC-USDT-1d.csv');
  const sha = sha256Hex(Buffer.from(secondVersion));

  it('round-trips columns and parse issues exactly', () => {
    expect(decodeCacheFile(encodeCacheFile(sha, parsed), sha)).toEqual(parsed);
  });

  it('is compact: the float columns, a small header and a 32-byte checksum', () => {
    const bytes = encodeCacheFile(sha, parsed).length;
    expect(bytes - 4 * 6 * 8).toBeLessThan(400);
  });

  it('refuses a file written for another source hash', () => {
    expect(decodeCacheFile(encodeCacheFile(sha, parsed), 'f'.repeat(64))).toBeUndefined();
  });
});

describe('a load that clearSeriesCache() forgot while it ran', () => {
  it('is served to its caller but not kept', async () => {
    const { dataDir } = freshDirs();
    const [a] = filesOf(dataDir, ['A']);
    const pending = loadDataFile(dataDir, a!);
    // Cleared once the parse is done, while the load still reads its provenance: mid-load.
    while (getSeriesCacheStats().parses === 0) await new Promise((resolve) => setImmediate(resolve));
    clearSeriesCache();
    expect([...(await pending).series.close]).toEqual([11]);
    expect(getSeriesCacheStats()).toMatchObject({ memory_bytes: 0 });
    await loadDataFile(dataDir, a!);
    expect(getSeriesCacheStats()).toMatchObject({ memory_hits: 0, memory_bytes: SMALL_FILE_BYTES });
  });
});

// The parsed-series entries only: the cache folder may hold other files (an index of digests) that the bound does not count.
function cacheEntries(cacheDir: string): string[] {
  return readdirSync(cacheDir).filter((name) => name.endsWith('.ohlcv')).sort();
}

describe('the disk cache, bounded by the same BTP_CACHE_MAX_MB', () => {
  const oneRow = (symbol: string) => `${HEADER}\n2024-01-01,10,12,9,11,${symbol.charCodeAt(0)}\n`;

  it('evicts the entry least recently read from disk, not the first written', async () => {
    const { dataDir, cacheDir } = freshDirs();
    const texts = Object.fromEntries(['A', 'B', 'C'].map((symbol) => [symbol, oneRow(symbol)]));
    for (const [symbol, text] of Object.entries(texts)) writeFileSync(path.join(dataDir, `${symbol}-USDT-1d.csv`), text);
    const entryOf = (symbol: string) => cacheFilePath(cacheDir, sha256Hex(Buffer.from(texts[symbol]!)));
    // One row: a 296-byte magic, length and JSON header block, 48 bytes of columns, a 32-byte checksum.
    const entryBytes = encodeCacheFile(sha256Hex(Buffer.from(texts.A!)), parseOhlcvCsv(texts.A!, 'A-USDT-1d.csv')).length;
    expect(entryBytes).toBe(376);
    configureMarketData({ cacheMaxBytes: 2 * entryBytes });
    await loadSeries('A', { dataDir, cacheDir });
    await loadSeries('B', { dataDir, cacheDir });
    // Written a day apart, A first; then A is read from disk, which marks it used now.
    utimesSync(entryOf('A'), new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1)));
    utimesSync(entryOf('B'), new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 2)));
    clearSeriesCache();
    await loadSeries('A', { dataDir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ disk_hits: 1 });
    await loadSeries('C', { dataDir, cacheDir });
    expect(cacheEntries(cacheDir)).toEqual([entryOf('A'), entryOf('C')].map((entry) => path.basename(entry)).sort());
  });

  it('marks a disk hit used only when its last mark is a minute old or more', async () => {
    const { dataDir, cacheDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'A-USDT-1d.csv'), oneRow('A'));
    await loadSeries('A', { dataDir, cacheDir });
    const entry = cacheFilePath(cacheDir, sha256Hex(Buffer.from(oneRow('A'))));
    // Whole seconds: a millisecond time does not round-trip through utimes and stat exactly.
    const wholeSecondsAgo = (ms: number) => new Date(Math.floor((Date.now() - ms) / 1000) * 1000);
    const recent = wholeSecondsAgo(30_000);
    utimesSync(entry, recent, recent);
    clearSeriesCache();
    await loadSeries('A', { dataDir, cacheDir });
    expect(statSync(entry).mtimeMs).toBe(recent.getTime());
    const old = wholeSecondsAgo(120_000);
    utimesSync(entry, old, old);
    clearSeriesCache();
    await loadSeries('A', { dataDir, cacheDir });
    expect(getSeriesCacheStats()).toMatchObject({ disk_hits: 1 });
    expect(statSync(entry).mtimeMs).toBeGreaterThan(Date.now() - 10_000);
  });

  it('does not write an entry larger than the whole bound, and keeps the others', async () => {
    const { dataDir, cacheDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'A-USDT-1d.csv'), oneRow('A'));
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), secondVersion);
    configureMarketData({ cacheMaxBytes: 400 });
    await loadSeries('A', { dataDir, cacheDir });
    const series = await loadSeries('ABC', { dataDir, cacheDir });
    expect([...series.close]).toEqual([11, 12.5, 13, 14]);
    expect(getSeriesCacheStats()).toMatchObject({ parses: 2, disk_writes: 1, disk_too_large: 1 });
    expect(cacheEntries(cacheDir)).toEqual([path.basename(cacheFilePath(cacheDir, sha256Hex(Buffer.from(oneRow('A')))))]);
  });
});

describe('a data warning with no progress listener', () => {
  it('is a Node process warning, so a server that sets no listener still reports a rebuilt entry', async () => {
    const { dataDir, cacheDir } = freshDirs();
    writeFileSync(path.join(dataDir, 'ABC-USDT-1d.csv'), firstVersion);
    const good = await loadSeries('ABC', { dataDir, cacheDir });
    writeFileSync(cacheFilePath(cacheDir, good.sha256), 'garbage');
    clearSeriesCache();
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    expect(await loadSeries('ABC', { dataDir, cacheDir })).toEqual(good);
    expect(await warned).toMatchObject({ name: 'Warning', code: 'BTP_DATA_WARNING', message: expect.stringMatching(/failed its checksum; deleted and rebuilt from ABC-USDT-1d\.csv$/) as unknown });
  });
});
