import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startReplayServer } from '../tools/data/fetch/test_support/replay_server.js';
import { tempDatabasePath } from '../test/memory/temp_database.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const REQUEST = 'Optimise SMA on BTC 2018-2024, target Sharpe > 1.5';

/** The `btp` bin package.json names: the one-file bundle `npm run build` (and so `npm ci`) makes. */
function binPath(): string {
  const { bin } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: { btp: string } };
  return path.join(REPO_ROOT, bin.btp);
}

/** `ask --json` through the given entry; ids, times and session vary between runs, the rest must not. */
async function askJson(entry: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, [...entry, 'ask', REQUEST, '--json', '--today', '2026-11-24'], {
    cwd: REPO_ROOT, env: { ...process.env, BTP_DB: tempDatabasePath(), BTP_MODEL: 'offline-rules' }, maxBuffer: 64 * 1024 * 1024,
  });
  const varying = new Set(['id', 'timestamp', 'session_id', 'elapsed_ms', 'duration_ms']);
  return JSON.parse(stdout, (key, value: unknown) => (varying.has(key) ? undefined : value));
}

describe('the bundled btp bin', () => {
  it('is built, and answers a request exactly as the unbundled CLI does', async () => {
    expect(existsSync(binPath()), `${binPath()} is missing: run npm run build`).toBe(true);
    const [bundled, source] = await Promise.all([askJson([binPath()]), askJson(['--import', 'tsx', 'cli/main.ts'])]);
    expect(bundled).toMatchObject({ spec: { symbols: ['BTC'] }, results: expect.arrayContaining([expect.objectContaining({ symbol: 'BTC' })]) });
    expect(bundled).toEqual(source);
  });

  it('keeps btp chat sessions in SQLite through ADK\'s database session service, which the bundle loads only for chat and serve', async () => {
    const sessions = `sqlite://${path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-bundle-sessions-')), 'sessions.db')}`;
    const chat = (line: string) => new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, [binPath(), 'chat', '--session', 'kept', '--today', '2026-11-24'], {
        cwd: REPO_ROOT, timeout: 60_000, env: { ...process.env, BTP_DB: tempDatabasePath(), BTP_MODEL: 'offline-rules', BTP_SESSION_URI: sessions },
      }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
      child.stdin!.end(`${line}\n`);
    });
    expect(await chat('Backtest SMA on BTC for 2022')).toContain('sma_crossover');
    // A new process: the follow-up is understood only if the first turn's spec came back from the file.
    expect(await chat('now try it on ETH')).toMatch(/sma_crossover[^\n]*\n?[\s\S]*ETH/);
  });

  it('fetches through ccxt and yahoo-finance2 as the unbundled CLI does (each from recorded responses)', async () => {
    const replay = await startReplayServer();
    try {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-bundle-fetch-'));
      const { stdout } = await run(process.execPath, [binPath(), 'data', 'fetch', 'BTC', 'SPY', '--from', '2024-01-01', '--to', '2024-01-10', '--json'], {
        cwd: os.tmpdir(), timeout: 60_000,
        env: { ...process.env, BTP_DATA_DIR: folder, BTP_BINANCE_URL: replay.url, BTP_YAHOO_URL: replay.url },
      });
      const fetched = (JSON.parse(stdout) as { fetched: Array<{ symbol: string; source: string; bars: number }> }).fetched;
      expect(fetched.map(({ symbol, source, bars }) => ({ symbol, source, bars }))).toEqual([
        { symbol: 'BTC', source: 'binance', bars: 10 }, { symbol: 'SPY', source: 'yahoo', bars: 7 },
      ]);
    } finally {
      await replay.close();
    }
  });
});
