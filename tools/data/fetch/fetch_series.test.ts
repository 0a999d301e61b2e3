import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSeriesCache } from '../data_file.js';
import { loadSeries } from '../load_series.js';
import { validateData } from '../validate_data.js';
import { sha256Hex } from '../file_hash.js';
import { writeFetchRecord } from '../provenance.js';
import { fetchSeries, updateSeries, type FetchSettings } from './fetch_series.js';
import { startReplayServer, type ReplayServer } from './test_support/replay_server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sampleDir = path.join(here, '..', '..', '..', 'data', 'sample');
const root = mkdtempSync(path.join(tmpdir(), 'btp-fetch-'));
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
let server: ReplayServer;

beforeAll(async () => { server = await startReplayServer(); });
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function settingsFor(userDataDir: string, overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    userDataDir, offline: false, baseUrls: { binance: server.url, yahoo: server.url },
    // Small pages force paging over the 10 recorded days; short waits keep the retries quick.
    pageLimit: 3, retry: { retries: 3, baseDelayMs: 5 }, timeoutMs: 5_000, now: () => day('2024-02-01'), ...overrides,
  };
}

function freshDir(): string {
  return mkdtempSync(path.join(root, 'ohlcv-'));
}

function sampleRows(file: string, from: string, to: string): string[] {
  return readFileSync(path.join(sampleDir, file), 'utf8').trim().split('\n').slice(1).filter((line) => line.slice(0, 10) >= from && line.slice(0, 10) <= to);
}

/** Rows as numbers, so `45500.0` in the sample and `45500` written from Binance's `"45500.00000000"` compare equal. */
function numericRows(lines: readonly string[]): (string | number)[][] {
  return lines.map((line) => line.split(',').map((cell, index) => (index === 0 ? cell : Number(cell))));
}

function requestsSince(start: number, prefix: string): string[] {
  return server.requests.slice(start).filter((request) => request.startsWith(prefix));
}

describe('btp data fetch against recorded Binance and Yahoo responses', () => {
  it('pages through Binance klines (3 per call) and writes exactly the recorded bars, with provenance', async () => {
    const dir = freshDir();
    const start = server.requests.length;
    const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-01', to: '2024-01-10' }, settingsFor(dir));
    expect(outcome.errors).toEqual([]);
    expect(outcome.fetched[0]).toMatchObject({ source: 'binance', market: 'BTC/USDT', file: 'BTC-USDT-1d.csv', first: '2024-01-01', last: '2024-01-10', bars: 10, new_bars: 10 });
    const klineCalls = requestsSince(start, '/api/v3/klines');
    expect(klineCalls.length).toBeGreaterThanOrEqual(4);
    expect(klineCalls[0]).toContain('startTime=1704067200000');
    const [header, ...written] = readFileSync(path.join(dir, 'BTC-USDT-1d.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('timestamp,open,high,low,close,volume');
    expect(numericRows(written)).toEqual(numericRows(sampleRows('BTC-USDT-1d.csv', '2024-01-01', '2024-01-10')));
    const record = JSON.parse(readFileSync(path.join(dir, 'BTC-USDT-1d.provenance.json'), 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ source: 'binance', market: 'BTC/USDT', interval: '1d', fetched_at: '2024-02-01T00:00:00.000Z', sha256: outcome.fetched[0]!.sha256 });

    clearSeriesCache();
    const series = await loadSeries('BTC/USDT', { dataDir: dir });
    expect(series.provenance).toMatchObject({ source: 'binance', digest: outcome.fetched[0]!.sha256, fetched_at: '2024-02-01T00:00:00.000Z' });
  });

  it('waits and retries after a 429, then succeeds', async () => {
    const dir = freshDir();
    server.fail('/api/v3/klines', 429, 1);
    const start = server.requests.length;
    const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-01', to: '2024-01-03' }, settingsFor(dir));
    expect(outcome.errors).toEqual([]);
    expect(outcome.fetched[0]!.bars).toBe(3);
    const calls = requestsSince(start, '/api/v3/klines');
    expect(calls[0]).toBe(calls[1]); // the same page asked again
  });

  it('gives up on a 500 that never recovers with data_unavailable, and writes nothing', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'BTC-USDT-1d.csv'), 'timestamp,open,high,low,close,volume\n2023-12-31,1,2,0.5,1.5,10\n');
    const before = readFileSync(path.join(dir, 'BTC-USDT-1d.csv'));
    server.fail('/api/v3/klines', 500, Number.POSITIVE_INFINITY);
    try {
      const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-01', to: '2024-01-05' }, settingsFor(dir));
      expect(outcome.fetched).toEqual([]);
      expect(outcome.errors).toEqual([expect.objectContaining({ symbol: 'BTC', code: 'data_unavailable' })]);
      expect(outcome.errors[0]!.message).toMatch(/BTC\/USDT 1d 2024-01-01\.\.2024-01-05 from binance.*nothing was written/);
      expect(readFileSync(path.join(dir, 'BTC-USDT-1d.csv'))).toEqual(before);
      expect(readdirSync(dir)).toEqual(['BTC-USDT-1d.csv']);
    } finally {
      server.clearFailures();
    }
  });

  it('writes a gap as a gap (no filled bars), counts it, and the loader notes it', async () => {
    const dir = freshDir();
    const outcome = await fetchSeries({ symbols: ['ETH'], from: '2024-01-01', to: '2024-01-10' }, settingsFor(dir));
    expect(outcome.fetched[0]).toMatchObject({ bars: 9, missing_bars: 1 });
    expect(readFileSync(path.join(dir, 'ETH-USDT-1d.csv'), 'utf8')).not.toContain('2024-01-05');
    clearSeriesCache();
    const report = validateData(await loadSeries('ETH', { dataDir: dir }));
    expect(report.gaps).toEqual([{ after: '2024-01-04', before: '2024-01-06', missing_bars: 1 }]);
  });

  it('drops the still-open last candle', async () => {
    const dir = freshDir();
    // Midday on 2024-01-10: that day's candle has not closed yet.
    const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-01' }, settingsFor(dir, { now: () => day('2024-01-10') + 12 * 3_600_000 }));
    expect(outcome.fetched[0]).toMatchObject({ last: '2024-01-09', bars: 9 });
  });

  it('update appends only the new bars, keeping every old line as it was', async () => {
    const dir = freshDir();
    await fetchSeries({ symbols: ['BTC'], from: '2024-01-01', to: '2024-01-04' }, settingsFor(dir));
    const before = readFileSync(path.join(dir, 'BTC-USDT-1d.csv'), 'utf8');
    const start = server.requests.length;
    const outcome = await updateSeries(settingsFor(dir, { now: () => day('2024-01-11') }));
    expect(outcome.errors).toEqual([]);
    expect(outcome.fetched[0]).toMatchObject({ file: 'BTC-USDT-1d.csv', new_bars: 6, bars: 10, last: '2024-01-10' });
    expect(requestsSince(start, '/api/v3/klines')[0]).toContain(`startTime=${day('2024-01-05')}`);
    const after = readFileSync(path.join(dir, 'BTC-USDT-1d.csv'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(numericRows(after.trim().split('\n').slice(1))).toEqual(numericRows(sampleRows('BTC-USDT-1d.csv', '2024-01-01', '2024-01-10')));
  });

  it('extends a series held in a lower folder: the written copy keeps every held bar and adds the fetched end', async () => {
    const dir = freshDir();
    const seed = path.join(mkdtempSync(path.join(root, 'held-')), 'BTC-USDT-1d.csv');
    writeFileSync(seed, `timestamp,open,high,low,close,volume\n${sampleRows('BTC-USDT-1d.csv', '2023-12-01', '2024-01-05').join('\n')}\n`);
    const start = server.requests.length;
    const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-06', to: '2024-01-10', seedOf: () => seed }, settingsFor(dir));
    expect(outcome.fetched[0]).toMatchObject({ first: '2023-12-01', last: '2024-01-10', bars: 41, new_bars: 5 });
    // Raw exchange prices do not change once a bar closes: only the missing end is asked for.
    expect(requestsSince(start, '/api/v3/klines')[0]).toContain(`startTime=${day('2024-01-06')}`);
    const written = readFileSync(path.join(dir, 'BTC-USDT-1d.csv'), 'utf8').trim().split('\n').slice(1);
    expect(numericRows(written)).toEqual(numericRows(sampleRows('BTC-USDT-1d.csv', '2023-12-01', '2024-01-10')));
  });

  it('an adjusted source (Yahoo) is asked for the held span again, so old and new bars share one adjustment', async () => {
    const dir = freshDir();
    const seed = path.join(mkdtempSync(path.join(root, 'held-')), 'SPY-USD-1d.csv');
    const held = sampleRows('SPY-USD-1d.csv', '2023-12-01', '2024-01-05');
    // Re-based as if adjusted on an older day: the fetched bars must replace these, not sit beside them.
    const rebased = held.map((row) => row.split(',').map((cell, index) => (index >= 1 && index <= 4 ? (Number(cell) * 0.99).toFixed(6) : cell)).join(','));
    writeFileSync(seed, `timestamp,open,high,low,close,volume\n${rebased.join('\n')}\n`);
    const start = server.requests.length;
    await fetchSeries({ symbols: ['SPY'], from: '2024-01-08', to: '2024-01-12', seedOf: () => seed }, settingsFor(dir));
    expect(requestsSince(start, '/v8/finance/chart/SPY')[0]).toContain(`period1=${day('2023-12-01') / 1000}`);
    clearSeriesCache();
    const series = await loadSeries('SPY', { dataDir: dir });
    const sample = await loadSeries('SPY', { dataDir: sampleDir, range: { start: '2023-12-01', end: '2024-01-12' } });
    const fetchedFrom = series.time.indexOf(day('2024-01-02'));
    // Before the recorded responses begin, the held bars stay; from then on every bar is the source's.
    expect(series.close[fetchedFrom - 1]).toBeCloseTo(sample.close[sample.time.indexOf(day('2023-12-29'))]! * 0.99, 4);
    for (let index = fetchedFrom; index < series.time.length; index += 1) {
      expect(series.close[index]).toBeCloseTo(sample.close[sample.time.indexOf(series.time[index]!)]!, 4);
    }
    expect(new Date(series.time[series.time.length - 1]!).toISOString().slice(0, 10)).toBe('2024-01-12');
  });

  it('an update of an adjusted (Yahoo) series fetches its whole span again, so no bar keeps an older adjustment', async () => {
    const dir = freshDir();
    const held = sampleRows('SPY-USD-1d.csv', '2024-01-02', '2024-01-05');
    const rebased = held.map((row) => row.split(',').map((cell, index) => (index >= 1 && index <= 4 ? (Number(cell) * 0.99).toFixed(6) : cell)).join(','));
    const file = path.join(dir, 'SPY-USD-1d.csv');
    writeFileSync(file, `timestamp,open,high,low,close,volume\n${rebased.join('\n')}\n`);
    await writeFetchRecord(file, { source: 'yahoo', market: 'SPY', interval: '1d', fetched_at: '2024-01-06T00:00:00.000Z', sha256: sha256Hex(readFileSync(file)), adjusted: true });
    const start = server.requests.length;
    const outcome = await updateSeries(settingsFor(dir, { now: () => day('2024-01-13') }));
    expect(outcome.errors).toEqual([]);
    expect(requestsSince(start, '/v8/finance/chart/SPY')[0]).toContain(`period1=${day('2024-01-02') / 1000}`);
    clearSeriesCache();
    const series = await loadSeries('SPY', { dataDir: dir });
    const sample = await loadSeries('SPY', { dataDir: sampleDir, range: { start: '2024-01-02', end: '2024-01-12' } });
    expect(series.time.length).toBe(9);
    for (let index = 0; index < series.time.length; index += 1) {
      expect(series.close[index]).toBeCloseTo(sample.close[sample.time.indexOf(series.time[index]!)]!, 4);
    }
  });

  it('--offline refuses at once with data_unavailable, makes no request and writes nothing', async () => {
    const dir = freshDir();
    const start = server.requests.length;
    const outcome = await fetchSeries({ symbols: ['BTC', 'SPY'], from: '2024-01-01' }, settingsFor(dir, { offline: true }));
    expect(outcome.fetched).toEqual([]);
    expect(outcome.errors.map((error) => [error.symbol, error.code])).toEqual([['BTC', 'data_unavailable'], ['SPY', 'data_unavailable']]);
    expect(outcome.errors[0]!.message).toContain('offline');
    expect(outcome.errors[0]!.message).toContain('btp data fetch BTC');
    expect(server.requests.length).toBe(start);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a source that cannot be reached ends quickly with data_unavailable', async () => {
    const dir = freshDir();
    const started = Date.now();
    // Port 9 on loopback: nothing listens, the connection is refused.
    const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-01' }, settingsFor(dir, { baseUrls: { binance: 'http://127.0.0.1:9' } }));
    expect(outcome.errors[0]).toMatchObject({ code: 'data_unavailable' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Yahoo: split- and dividend-adjusted daily bars at the exchange date, equal to the bundled adjusted sample', async () => {
    const dir = freshDir();
    const outcome = await fetchSeries({ symbols: ['SPY'], from: '2024-01-02', to: '2024-01-12' }, settingsFor(dir));
    expect(outcome.errors).toEqual([]);
    expect(outcome.fetched[0]).toMatchObject({ source: 'yahoo', market: 'SPY', file: 'SPY-USD-1d.csv', adjusted: true, bars: 9, missing_bars: 0 });
    clearSeriesCache();
    const fetched = await loadSeries('SPY', { dataDir: dir });
    const sample = await loadSeries('SPY', { dataDir: sampleDir, range: { start: '2024-01-02', end: '2024-01-12' } });
    const at = sample.time.indexOf(day('2024-01-02'));
    expect([...fetched.time]).toEqual([...sample.time.subarray(at, at + 9)]);
    for (let index = 0; index < 9; index += 1) {
      expect(fetched.close[index]).toBeCloseTo(sample.close[at + index]!, 4);
      expect(fetched.open[index]).toBeCloseTo(sample.open[at + index]!, 4);
    }
  });

  it('names share classes as Yahoo does (BRK-B) and says clearly when the source has no such symbol', async () => {
    const dir = freshDir();
    const outcome = await fetchSeries({ symbols: ['BRK-B'], from: '2024-01-02', to: '2024-01-12' }, settingsFor(dir));
    expect(server.requests.some((request) => request.startsWith('/v8/finance/chart/BRK-B?'))).toBe(true);
    expect(outcome.errors[0]).toMatchObject({ symbol: 'BRK-B', code: 'data_unavailable' });
    expect(outcome.errors[0]!.message).toContain('BRK.B-USD-1d.csv');
  });

  it('fetches an index by its caret ticker (^GSPC) into GSPC-USD-1d.csv', async () => {
    const dir = freshDir();
    const outcome = await fetchSeries({ symbols: ['^GSPC'], from: '2024-01-02', to: '2024-01-12' }, settingsFor(dir));
    expect(outcome.errors).toEqual([]);
    expect(server.requests.some((request) => decodeURIComponent(request).startsWith('/v8/finance/chart/^GSPC?'))).toBe(true);
    expect(outcome.fetched[0]).toMatchObject({ symbol: '^GSPC', market: '^GSPC', file: 'GSPC-USD-1d.csv', bars: 9 });
    clearSeriesCache();
    expect((await loadSeries('GSPC', { dataDir: dir })).time.length).toBe(9);
  });

  it('keeps an exchange suffix (VOD.L) and names the file after the currency Yahoo quotes it in (pence: GBX)', async () => {
    const dir = freshDir();
    const outcome = await fetchSeries({ symbols: ['vod.l'], from: '2024-01-02', to: '2024-01-12' }, settingsFor(dir));
    expect(outcome.errors).toEqual([]);
    expect(outcome.fetched[0]).toMatchObject({ market: 'VOD.L', file: 'VOD.L-GBX-1d.csv', first: '2024-01-02', last: '2024-01-12', bars: 9 });
    expect(readdirSync(dir).sort()).toEqual(['VOD.L-GBX-1d.csv', 'VOD.L-GBX-1d.provenance.json']);
  });

  it('files a chart under the currency it is quoted in when that is not the one its suffix suggests', async () => {
    const dir = freshDir();
    // Yahoo's VOD.L chart is in GBp; asked as if it were a US ticker, the file still says GBX, not USD.
    const outcome = await fetchSeries({ symbols: ['VOD.L'], from: '2024-01-02', to: '2024-01-12', source: 'yahoo' }, settingsFor(dir));
    expect(outcome.fetched[0]!.file).toBe('VOD.L-GBX-1d.csv');
  });

  it('the error of a source given with --source says how to fetch it again from that source', async () => {
    const dir = freshDir();
    const outcome = await fetchSeries({ symbols: ['BTC'], from: '2024-01-01', to: '2024-01-03', source: 'kraken' }, settingsFor(dir, { offline: true }));
    expect(outcome.errors[0]!.message).toContain('`btp data fetch BTC --interval 1d --from 2024-01-01 --to 2024-01-03 --source kraken`');
  });
});

describe('a write killed half-way', () => {
  it('leaves the old file intact (SIGKILL during the atomic write of a new version)', async () => {
    const dir = freshDir();
    const target = path.join(dir, 'BTC-USDT-1d.csv');
    const oldText = `timestamp,open,high,low,close,volume\n${sampleRows('BTC-USDT-1d.csv', '2024-01-01', '2024-01-03').join('\n')}\n`;
    writeFileSync(target, oldText);
    const newText = `timestamp,open,high,low,close,volume\n${sampleRows('BTC-USDT-1d.csv', '2024-01-01', '2024-01-10').join('\n')}\n`;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'test_support', 'interrupted_write.ts'), target, newText], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('half-written')) resolve(); });
      child.on('exit', (code) => reject(new Error(`the writer exited (${code}) before writing half`)));
    });
    const temporary = readdirSync(dir).find((name) => name.endsWith('.tmp'));
    expect(temporary).toBeDefined();
    expect(readFileSync(path.join(dir, temporary!), 'utf8').length).toBeGreaterThan(0);
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe(oldText);
    // The half-written temporary file is never taken for data.
    clearSeriesCache();
    expect((await loadSeries('BTC', { dataDir: dir })).time.length).toBe(3);
    expect(existsSync(target)).toBe(true);
    // The next write of the file clears what the killed writer left.
    await fetchSeries({ symbols: ['BTC'], from: '2024-01-01', to: '2024-01-10' }, settingsFor(dir));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe(newText.replace(/\.0,/g, ','));
  });
});
