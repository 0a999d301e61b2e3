/**
 * One port, three sources: every case here runs against the CSV folder (the bundled sample), Binance
 * through ccxt and Yahoo through yahoo-finance2 (both answered by recorded responses in their real
 * formats on loopback). Whatever serves a series, callers get the same shape, the same aliases, the
 * same hash-keyed cache and a provenance whose digest is the SHA-256 of the file read.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DateWindow } from '../../dates/date_window.js';
import { bundledSampleFolder } from '../data_folders.js';
import { clearSeriesCache } from '../data_file.js';
import { startReplayServer, type ReplayServer } from '../fetch/test_support/replay_server.js';
import { validateData } from '../validate_data.js';
import { csvFolderSource } from './csv_folder_source.js';
import type { MarketDataSource } from './market_data_source.js';
import { remoteSource } from './remote_source.js';

const root = mkdtempSync(path.join(tmpdir(), 'btp-source-'));
let server: ReplayServer;
beforeAll(async () => { server = await startReplayServer(); });
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

interface SourceCase {
  name: string;
  /** A fresh source and its own cache folder (remote sources start with an empty user folder). */
  open: () => { source: MarketDataSource; cacheDir: string; dataDir: string };
  symbol: string;
  /** Other spellings of the same instrument. */
  aliases: string[];
  range: Required<DateWindow>;
  /** The provenance source a loaded series names. */
  provenance: string;
  /** A symbol the source does not have, and the error code that says so. */
  unknown: { symbol: string; code: string };
}

function freshFolders(): { userDataDir: string; cacheDir: string } {
  const userDataDir = mkdtempSync(path.join(root, 'ohlcv-'));
  return { userDataDir, cacheDir: `${userDataDir}-cache` };
}

function remote(id: string): SourceCase['open'] {
  return () => {
    const { userDataDir, cacheDir } = freshFolders();
    const source = remoteSource(id, {
      dataDir: userDataDir, cacheDir, offline: false, baseUrls: { [id]: server.url },
      retry: { retries: 1, baseDelayMs: 5 }, timeoutMs: 5_000, now: () => Date.parse('2024-02-01T00:00:00Z'),
    });
    return { source, cacheDir, dataDir: userDataDir };
  };
}

const SOURCES: SourceCase[] = [
  {
    name: 'the CSV folder',
    open: () => {
      const cacheDir = mkdtempSync(path.join(root, 'cache-'));
      return { source: csvFolderSource({ dataDir: bundledSampleFolder(), cacheDir }), cacheDir, dataDir: bundledSampleFolder() };
    },
    symbol: 'BTC', aliases: ['btc', 'BTC/USDT', 'bitcoin'], range: { start: '2024-01-01', end: '2024-01-10' },
    provenance: 'sample', unknown: { symbol: 'ZZZQ', code: 'unknown_symbol' },
  },
  {
    name: 'Binance through ccxt',
    open: remote('binance'),
    symbol: 'BTC', aliases: ['BTC/USDT', 'btc'], range: { start: '2024-01-01', end: '2024-01-10' },
    provenance: 'binance', unknown: { symbol: 'ZZZQ', code: 'unknown_symbol' },
  },
  {
    name: 'Yahoo through yahoo-finance2',
    open: remote('yahoo'),
    symbol: 'SPY', aliases: ['spy'], range: { start: '2024-01-02', end: '2024-01-12' },
    provenance: 'yahoo', unknown: { symbol: 'ZZZQ', code: 'data_unavailable' },
  },
];

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe.each(SOURCES)('MarketDataSource: $name', (sourceCase) => {
  let source: MarketDataSource;
  let cacheDir: string;
  let dataDir: string;
  beforeAll(() => {
    clearSeriesCache();
    ({ source, cacheDir, dataDir } = sourceCase.open());
  });

  it('loads the whole series at the interval, covering the range, as equal typed columns in strictly increasing time', async () => {
    const series = await source.load(sourceCase.symbol, '1d', sourceCase.range);
    expect(series).toMatchObject({ symbol: sourceCase.symbol, interval: '1d', intervalMs: 86_400_000 });
    const bars = series.time.length;
    for (const column of [series.open, series.high, series.low, series.close, series.volume]) {
      expect(column).toBeInstanceOf(Float64Array);
      expect(column.length).toBe(bars);
    }
    for (let index = 1; index < bars; index++) expect(series.time[index]!).toBeGreaterThan(series.time[index - 1]!);
    expect(dayOf(series.time[0]!) <= sourceCase.range.start).toBe(true);
    expect(dayOf(series.time[bars - 1]!) >= sourceCase.range.end).toBe(true);
    expect(validateData(series).ohlc_issues).toEqual([]);
  });

  it('names its provenance: the source, the file read and the SHA-256 of that file\'s bytes', async () => {
    const series = await source.load(sourceCase.symbol, '1d', sourceCase.range);
    expect(series.provenance).toMatchObject({ source: sourceCase.provenance, digest: series.sha256 });
    // The file by its data folder's name, never an absolute path: results and saved runs carry it.
    expect(series.provenance!.id).toBe(`${path.basename(dataDir)}/${series.file}`);
    expect(sha256Of(path.join(dataDir, series.file))).toBe(series.sha256);
  });

  it('reads every spelling of the symbol as the same series, from its cache, without asking the network again', async () => {
    const first = await source.load(sourceCase.symbol, '1d', sourceCase.range);
    const requestsBefore = server.requests.length;
    for (const alias of sourceCase.aliases) expect((await source.load(alias, '1d', sourceCase.range)).sha256).toBe(first.sha256);
    expect(server.requests.length).toBe(requestsBefore);
    expect(readdirSync(cacheDir).some((name) => name.startsWith(first.sha256))).toBe(true);
  });

  it('lists what it can load now, with the same span and bars as the loaded series', async () => {
    const series = await source.load(sourceCase.symbol, '1d', sourceCase.range);
    const listed = (await source.list()).find((info) => info.symbol === sourceCase.symbol && info.interval === '1d');
    expect(listed).toMatchObject({
      file: series.file, bars: series.time.length, source: sourceCase.provenance,
      first: dayOf(series.time[0]!), last: dayOf(series.time[series.time.length - 1]!),
    });
  });

  it('refuses a symbol it does not have with a typed error naming it, and lists nothing for it', async () => {
    await expect(source.load(sourceCase.unknown.symbol, '1d', sourceCase.range)).rejects.toMatchObject({
      code: sourceCase.unknown.code, message: expect.stringContaining(sourceCase.unknown.symbol),
    });
    expect((await source.list()).some((info) => info.symbol === sourceCase.unknown.symbol)).toBe(false);
  });
});
