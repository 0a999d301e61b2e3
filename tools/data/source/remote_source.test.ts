/**
 * The remote source over a data path (the user's folder layered over a folder it must not shadow):
 * what the application's on-demand fetch relies on. Sources are answered by recorded responses on loopback.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearSeriesCache } from '../data_file.js';
import { bundledSampleFolder, joinDataFolders } from '../data_folders.js';
import type { FetchFailure } from '../fetch/fetch_series.js';
import type { MissingData } from '../fetch/missing_data.js';
import { startReplayServer, type ReplayServer } from '../fetch/test_support/replay_server.js';
import { remoteSource } from './remote_source.js';

const root = mkdtempSync(path.join(tmpdir(), 'btp-remote-'));
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
let server: ReplayServer;
beforeAll(async () => { server = await startReplayServer(); });
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => clearSeriesCache());
afterEach(() => server.clearFailures());

/** A lower folder holding the sample's rows of one file between two days, prices scaled (a stale adjustment). */
function heldFolder(file: string, from: string, to: string, scale = 1): string {
  const folder = mkdtempSync(path.join(root, 'held-'));
  const [header, ...rows] = readFileSync(path.join(bundledSampleFolder(), file), 'utf8').trim().split('\n');
  const kept = rows.filter((row) => row.slice(0, 10) >= from && row.slice(0, 10) <= to)
    .map((row) => row.split(',').map((cell, index) => (index >= 1 && index <= 4 ? (Number(cell) * scale).toFixed(6) : cell)).join(','));
  writeFileSync(path.join(folder, file), `${[header, ...kept].join('\n')}\n`);
  return folder;
}

function layered(id: string, below: string, onNotFetched?: (piece: MissingData, failure: FetchFailure) => void) {
  const userDir = mkdtempSync(path.join(root, 'ohlcv-'));
  const source = remoteSource(id, {
    dataDir: joinDataFolders([userDir, below]), offline: false, baseUrls: { [id]: server.url },
    retry: { retries: 1, baseDelayMs: 5 }, timeoutMs: 5_000, now: () => day('2024-02-01'), ...(onNotFetched ? { onNotFetched } : {}),
  });
  return { userDir, source };
}

const requestsSince = (start: number, prefix: string) => server.requests.slice(start).filter((request) => request.startsWith(prefix));

describe('a remote source over the user\'s folder layered on another', () => {
  it('fetches both missing ends of a series held below, one after the other, into one copy that keeps the held bars', async () => {
    const held = heldFolder('BTC-USDT-1d.csv', '2024-01-04', '2024-01-06');
    const before = readFileSync(path.join(held, 'BTC-USDT-1d.csv'));
    const { userDir, source } = layered('binance', held);
    const start = server.requests.length;
    const series = await source.load('BTC', '1d', { start: '2024-01-01', end: '2024-01-10' });
    expect(Array.from(series.time, dayOf)).toEqual(Array.from({ length: 10 }, (_, index) => `2024-01-${String(index + 1).padStart(2, '0')}`));
    expect(series.provenance).toMatchObject({ source: 'binance', id: `${path.basename(userDir)}/BTC-USDT-1d.csv` });
    const klines = requestsSince(start, '/api/v3/klines');
    expect(klines[0]).toContain(`startTime=${day('2024-01-01')}`);
    expect(klines.some((request) => request.includes(`startTime=${day('2024-01-07')}`))).toBe(true);
    expect(readFileSync(path.join(held, 'BTC-USDT-1d.csv'))).toEqual(before);
  });

  it('asks an adjusted source (Yahoo) for the whole held span again, so held and fetched bars share one adjustment', async () => {
    const held = heldFolder('SPY-USD-1d.csv', '2023-12-01', '2024-01-05', 0.99);
    const { source } = layered('yahoo', held);
    const start = server.requests.length;
    const series = await source.load('SPY', '1d', { start: '2023-12-01', end: '2024-01-12' });
    expect(requestsSince(start, '/v8/finance/chart/SPY')[0]).toContain(`period1=${day('2023-12-01') / 1000}`);
    expect(dayOf(series.time[0]!)).toBe('2023-12-01');
    expect(dayOf(series.time[series.time.length - 1]!)).toBe('2024-01-12');
    expect(series.provenance).toMatchObject({ source: 'yahoo', adjusted: true });
  });

  it('loads the held bars when a missing end cannot be fetched, reporting that piece, and writes nothing', async () => {
    const held = heldFolder('BTC-USDT-1d.csv', '2024-01-01', '2024-01-05');
    const notFetched: { piece: MissingData; failure: FetchFailure }[] = [];
    const { userDir, source } = layered('binance', held, (piece, failure) => notFetched.push({ piece, failure }));
    server.fail('/api/v3/klines', 500, Number.POSITIVE_INFINITY);
    const series = await source.load('BTC', '1d', { start: '2024-01-01', end: '2024-01-10' });
    expect(series.time.length).toBe(5);
    expect(series.provenance?.source).toBe('file');
    expect(notFetched).toMatchObject([{ piece: { from: '2024-01-06', to: '2024-01-10', required: false }, failure: { code: 'data_unavailable' } }]);
    expect(readdirSync(userDir)).toEqual([]);
  });
});
