import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../tools/data/fetch/test_support/replay_server.js';
import { runBtp } from '../../test/faults/run_btp.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = path.join(REPO_ROOT, 'data', 'sample');
const root = mkdtempSync(path.join(os.tmpdir(), 'btp-data-cli-'));
let replay: ReplayServer;

beforeAll(async () => { replay = await startReplayServer(); });
afterAll(async () => {
  await replay.close();
  rmSync(root, { recursive: true, force: true });
});

interface Fetched { symbol: string; source: string; file: string; first: string; last: string; bars: number; new_bars: number }
interface Listed { symbol: string; interval: string; source?: string; first: string; last: string; bars: number; fetched_at?: string; file: string; folder?: string }

/** A user's folder layered over the bundled sample, as the default data path is, with the sources pointed at the replay server. */
function userSetup(): { own: string; env: Record<string, string> } {
  const own = mkdtempSync(path.join(root, 'ohlcv-'));
  return { own, env: { BTP_DATA_DIR: `${own}${path.delimiter}${SAMPLE}`, BTP_BINANCE_URL: replay.url, BTP_YAHOO_URL: replay.url, BTP_CACHE_DIR: `${own}-cache` } };
}

describe('btp data fetch / update / list, as a user runs them', () => {
  it('fetch extends the sample: the copy written to the user folder keeps all the sample history before the fetched bars', async () => {
    const { own, env } = userSetup();
    const outcome = await runBtp(['data', 'fetch', 'BTC', '--from', '2024-01-01', '--to', '2024-01-10', '--json'], env);
    expect(outcome.code).toBe(0);
    const [btc] = (JSON.parse(outcome.stdout) as { fetched: Fetched[] }).fetched;
    // The sample's BTC starts on 2017-08-17; a written copy of just ten days would hide all of it.
    expect(btc).toMatchObject({ symbol: 'BTC', source: 'binance', file: 'BTC-USDT-1d.csv', first: '2017-08-17', new_bars: 0 });
    expect(btc!.bars).toBe(readFileSync(path.join(SAMPLE, 'BTC-USDT-1d.csv'), 'utf8').trim().split('\n').length - 1);
    expect(readdirSync(own).filter((name) => !name.startsWith('.')).sort()).toEqual(['BTC-USDT-1d.csv', 'BTC-USDT-1d.provenance.json']);
  });

  it('update appends only the bars that closed since, and list shows each series with its source and last update', async () => {
    const { own, env } = userSetup();
    // The user's folder alone, so the fetch writes just what it fetched. (The recorded ETH klines lack 2024-01-05.)
    const first = await runBtp(['data', 'fetch', 'ETH/USDT', '--from', '2024-01-01', '--to', '2024-01-04', '--source', 'binance', '--json'], { ...env, BTP_DATA_DIR: own });
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as { fetched: Fetched[] }).fetched[0]).toMatchObject({ first: '2024-01-01', last: '2024-01-04', bars: 4 });
    const before = readFileSync(path.join(own, 'ETH-USDT-1d.csv'), 'utf8');

    const update = await runBtp(['data', 'update', '--json'], { ...env, BTP_DATA_DIR: own });
    expect(update.code).toBe(0);
    expect((JSON.parse(update.stdout) as { fetched: Fetched[] }).fetched[0]).toMatchObject({ file: 'ETH-USDT-1d.csv', first: '2024-01-01', last: '2024-01-10', bars: 9, new_bars: 5 });
    const after = readFileSync(path.join(own, 'ETH-USDT-1d.csv'), 'utf8');
    expect(after.startsWith(before)).toBe(true);

    const list = await runBtp(['data', 'list', '--json'], { ...env, BTP_DATA_DIR: `${own}${path.delimiter}${SAMPLE}` });
    expect(list.code).toBe(0);
    const series = (JSON.parse(list.stdout) as { series: Listed[] }).series;
    const eth = series.filter((info) => info.symbol === 'ETH' && info.interval === '1d');
    // The user's copy shadows the sample's and is the one listed, with where it came from and when.
    expect(eth).toHaveLength(1);
    expect(eth[0]).toMatchObject({ source: 'binance', first: '2024-01-01', last: '2024-01-10', bars: 9 });
    expect(eth[0]!.fetched_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(series.find((info) => info.symbol === 'SPY')).toMatchObject({ source: 'sample', first: '1993-01-29' });

    const table = await runBtp(['data', 'list'], { ...env, BTP_DATA_DIR: `${own}${path.delimiter}${SAMPLE}` });
    expect(table.stdout).toMatch(/ETH\s+│\s+USDT\s+│\s+1d\s+│\s+binance\s+│\s+2024-01-01\s+│\s+2024-01-10\s+│\s+9\s+│\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('update with nothing fetched yet says so, and exits 0', async () => {
    const { own, env } = userSetup();
    const outcome = await runBtp(['data', 'update'], { ...env, BTP_DATA_DIR: own });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Nothing to update');
  });

  it('--offline after the command refuses at once, exits 1, and writes nothing', async () => {
    const { own, env } = userSetup();
    const outcome = await runBtp(['data', 'fetch', '^GSPC', '--offline'], env);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('error [data_unavailable]');
    expect(outcome.stderr).toContain('GSPC-USD-1d.csv');
    expect(readdirSync(own)).toEqual([]);
  });
});

describe('the default data path (BTP_DATA_DIR unset)', () => {
  it('is found from the package, not the working directory: from another folder, btp symbols lists the bundled sample', async () => {
    const { BTP_DATA_DIR: _unset, ...environment } = process.env;
    const elsewhere = mkdtempSync(path.join(root, 'cwd-'));
    const tsx = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', tsx, path.join(REPO_ROOT, 'cli', 'main.ts'), 'symbols', '--json'], {
      cwd: elsewhere, env: { ...environment, BTP_CACHE_DIR: path.join(elsewhere, 'cache') }, maxBuffer: 16 * 1024 * 1024,
    });
    const listing = JSON.parse(stdout) as { data_dir: string; symbols: Listed[] };
    expect(listing.data_dir.split(path.delimiter)).toEqual([path.join(REPO_ROOT, 'data', 'ohlcv'), SAMPLE]);
    // A series this checkout's user fetched into data/ohlcv shadows the sample's copy.
    const own = new Set(existsSync(path.join(REPO_ROOT, 'data', 'ohlcv')) ? readdirSync(path.join(REPO_ROOT, 'data', 'ohlcv')) : []);
    const sampleFiles = readdirSync(SAMPLE).filter((name) => name.endsWith('.csv') && !own.has(name)).sort();
    expect(listing.symbols.filter((info) => info.source === 'sample').map((info) => info.file).sort()).toEqual(sampleFiles);
    expect(readdirSync(elsewhere)).toEqual(expect.not.arrayContaining(['data']));
  });
});
