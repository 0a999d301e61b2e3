import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { clearSeriesCache } from '../../tools/data/data_file.js';
import { configureMarketData, resetMarketDataSettings } from '../../tools/data/data_settings.js';
import { joinDataFolders } from '../../tools/data/data_folders.js';
import { startReplayServer, type ReplayServer } from '../../tools/data/fetch/test_support/replay_server.js';
import { loadSeries } from '../../tools/data/load_series.js';
import { remoteSource } from '../../tools/data/source/remote_source.js';
import type * as RemoteSourceModule from '../../tools/data/source/remote_source.js';
import { parseRequest } from '../../tools/request/parse_request.js';
import { toolDependencies } from '../../tools/tool_dependencies.js';
import { createMemorySession, STATE_KEYS } from './session_state.js';
import { validateRequestInSession } from './validate_request_tool.js';

// The real remote source, watched: the on-demand fetch must be its load, not a path of its own.
vi.mock('../../tools/data/source/remote_source.js', async (importOriginal) => {
  const actual = await importOriginal<typeof RemoteSourceModule>();
  return { ...actual, remoteSource: vi.fn(actual.remoteSource) };
});

const root = mkdtempSync(path.join(tmpdir(), 'btp-on-demand-'));
const sampleDir = path.resolve('data/sample');
let server: ReplayServer;

beforeAll(async () => { server = await startReplayServer(); });
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => resetMarketDataSettings());

/** The DataAgent's validation step, over the user's empty folder layered on the bundled sample, sources replayed. */
function setup(env: Record<string, string>) {
  const userDir = mkdtempSync(path.join(root, 'ohlcv-'));
  const config = loadConfig({
    ...process.env, BTP_DATA_DIR: joinDataFolders([userDir, sampleDir]), BTP_TODAY: '2024-02-01',
    BTP_CACHE_DIR: path.join(root, 'cache'), BTP_FETCH_ON_DEMAND: '1', BTP_BINANCE_URL: server.url, BTP_YAHOO_URL: server.url, ...env,
  });
  const dependencies = toolDependencies(config);
  const progress: string[] = [];
  configureMarketData({ onProgress: (line) => progress.push(line) });
  return { userDir, dependencies, progress };
}

function sampleBtcRows(from: string, to: string): string[] {
  return readFileSync(path.join(sampleDir, 'BTC-USDT-1d.csv'), 'utf8').trim().split('\n').slice(1).filter((row) => row.slice(0, 10) >= from && row.slice(0, 10) <= to);
}

/** A lower data folder holding the sample's BTC rows between two days. */
function heldBtc(from: string, to: string): string {
  const held = mkdtempSync(path.join(root, 'held-'));
  writeFileSync(path.join(held, 'BTC-USDT-1d.csv'), `timestamp,open,high,low,close,volume\n${sampleBtcRows(from, to).join('\n')}\n`);
  return held;
}

function sessionFor(text: string, today: string) {
  const parsed = parseRequest(text, { today });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return createMemorySession({ [STATE_KEYS.spec]: parsed.spec });
}

describe('the DataAgent fetches what a request needs before validation decides', () => {
  it('fetches a symbol the folders lack (replayed Binance), with a progress line, then validates', async () => {
    clearSeriesCache();
    const { userDir, dependencies, progress } = setup({});
    // The data path is the user's empty folder alone: ETH is held nowhere, the replayed Binance has 2024-01-01..10.
    const session = sessionFor('Backtest buy and hold on ETH from 2024-01-01 to 2024-01-10', '2024-02-01');
    const validation = await validateRequestInSession(session, { ...dependencies, dataDir: userDir });
    expect(validation).toMatchObject({ ok: true });
    expect(readdirSync(userDir)).toContain('ETH-USDT-1d.csv');
    expect(progress.some((line) => line.includes('ETH'))).toBe(true);
  });

  it('fetches through the data-source port: the remote source of the symbol\'s exchange, over the validated data path', async () => {
    clearSeriesCache();
    vi.mocked(remoteSource).mockClear();
    const { userDir, dependencies } = setup({});
    // The user's empty folder alone: ETH is held nowhere.
    const dataDir = userDir;
    const session = sessionFor('Backtest buy and hold on ETH from 2024-01-01 to 2024-01-10', '2024-02-01');
    expect(await validateRequestInSession(session, { ...dependencies, dataDir })).toMatchObject({ ok: true });
    expect(vi.mocked(remoteSource).mock.calls.map(([id, settings]) => [id, settings.dataDir])).toEqual([['binance', dataDir]]);
    const series = await loadSeries('ETH', { dataDir, range: { start: '2024-01-01', end: '2024-01-10' } });
    expect(series.provenance).toMatchObject({ source: 'binance', id: `${path.basename(userDir)}/ETH-USDT-1d.csv`, market: 'ETH/USDT' });
  });

  it('runs on the held bars, with a note, when the missing end of a held series cannot be fetched', async () => {
    clearSeriesCache();
    // Nothing listens on port 9: the connection is refused at once, which is not retried.
    const { userDir, dependencies } = setup({ BTP_BINANCE_URL: 'http://127.0.0.1:9' });
    const dataDir = joinDataFolders([userDir, heldBtc('2023-11-01', '2024-01-05')]);
    const session = sessionFor('Backtest buy and hold on BTC from 2023-12-01 to 2024-01-10', '2024-02-01');
    const validation = await validateRequestInSession(session, { ...dependencies, dataDir });
    expect(validation).toMatchObject({ ok: true });
    expect((validation as { notes: string[] }).notes.some((note) => note.startsWith('not fetched: BTC 1d 2024-01-06..2024-01-10 ('))).toBe(true);
    expect(readdirSync(userDir)).toEqual([]);
  });

  it('offline, fails fast with data_unavailable naming what is missing and how to get it, writing nothing', async () => {
    clearSeriesCache();
    const { userDir, dependencies } = setup({ BTP_OFFLINE: '1' });
    const session = sessionFor('Backtest buy and hold on ETH from 2024-01-01 to 2024-01-10', '2024-02-01');
    const started = Date.now();
    const validation = await validateRequestInSession(session, { ...dependencies, dataDir: userDir });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(validation).toMatchObject({ ok: false, error: { code: 'data_unavailable' } });
    const message = (validation as { error: { message: string } }).error.message;
    expect(message).toContain('ETH 1d 2024-01-01..2024-01-10');
    expect(message).toContain('btp data fetch ETH');
    expect(readdirSync(userDir)).toEqual([]);
  });

  it('reads a share class as written in a request (brk-b) and asks Yahoo for BRK-B; offline the error names BRK.B', async () => {
    clearSeriesCache();
    const online = setup({});
    await validateRequestInSession(sessionFor('Backtest SMA on brk-b for 2022', '2024-02-01'), { ...online.dependencies, dataDir: online.userDir });
    expect(server.requests.some((request) => request.startsWith('/v8/finance/chart/BRK-B?'))).toBe(true);
    const offline = setup({ BTP_OFFLINE: '1' });
    const validation = await validateRequestInSession(sessionFor('Backtest SMA on BRK.B for 2022', '2024-02-01'), { ...offline.dependencies, dataDir: offline.userDir });
    expect(validation).toMatchObject({ ok: false, error: { code: 'data_unavailable' } });
    expect((validation as { error: { message: string } }).error.message).toContain('btp data fetch BRK.B');
  });

  it('fetches nothing for 4h bars it can build from the held hourly file, offline or not, and notes that they are built', async () => {
    clearSeriesCache();
    for (const env of [{ BTP_TODAY: '2026-11-24' }, { BTP_TODAY: '2026-11-24', BTP_OFFLINE: '1' }] as Array<Record<string, string>>) {
      const { userDir, dependencies } = setup(env);
      const before = server.requests.length;
      const session = sessionFor('macd on btc 4h candles H1 2025', '2026-11-24');
      const validation = await validateRequestInSession(session, dependencies);
      expect(validation).toMatchObject({ ok: true, notes: ['4h bars built from 1h bars (BTC-USDT-1h.csv)'], run_window: { start: '2025-01-01', end: '2025-06-30' } });
      expect(server.requests.length).toBe(before);
      expect(readdirSync(userDir)).toEqual([]);
    }
  });

  it('does not fetch what the folders already hold', async () => {
    clearSeriesCache();
    const { dependencies } = setup({});
    const before = server.requests.length;
    const session = sessionFor('Backtest buy and hold on BTC from 2022-01-01 to 2022-12-31', '2024-02-01');
    expect(await validateRequestInSession(session, dependencies)).toMatchObject({ ok: true });
    expect(server.requests.length).toBe(before);
  });

  it('fetches the missing end of a series held below the user\'s folder, and the run keeps the held history before it', async () => {
    clearSeriesCache();
    const { userDir, dependencies } = setup({});
    // A lower layer holding BTC up to 2024-01-05 (the real sample's rows); Binance is replayed for 2024-01-01..10.
    const dataDir = joinDataFolders([userDir, heldBtc('2023-11-01', '2024-01-05')]);
    const session = sessionFor('Backtest buy and hold on BTC from 2023-12-01 to 2024-01-10', '2024-02-01');
    expect(await validateRequestInSession(session, { ...dependencies, dataDir })).toMatchObject({ ok: true });
    const series = await loadSeries('BTC', { dataDir, range: { start: '2023-12-01', end: '2024-01-10' } });
    expect(new Date(series.time[0]!).toISOString().slice(0, 10)).toBe('2023-11-01');
    expect(new Date(series.time[series.time.length - 1]!).toISOString().slice(0, 10)).toBe('2024-01-10');
    expect(series.time.length).toBe(sampleBtcRows('2023-11-01', '2024-01-05').length + 5);
  });
});
