/**
 * Two `btp serve` processes on one database (issue 16 §5, issue 18 §6): each sees the other's
 * sessions, a run in flight on one instance makes the same session busy on the other, and SIGTERM
 * lets the run in flight answer, then exits 0 within the drain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, call, runBody } from '../server_harness.js';
import { startServeProcess, type ServeProcess } from '../serve_process.js';

const KEY = 'ivan-key-0123456789abcdef00';
const HEAVY = 'Optimise SMA on BTC 2018-2024, target Sharpe > 1.5';
let dir: string;
let first: ServeProcess;
let second: ServeProcess;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'btp-serve-pair-'));
  const env = {
    BTP_API_KEYS: `ivan:${KEY}`,
    BTP_DB: path.join(dir, 'experiments.db'),
    BTP_KEYS_DB: path.join(dir, 'keys.db'),
    BTP_LOCK_DB: path.join(dir, 'locks.db'),
    BTP_SESSION_URI: `sqlite://${path.join(dir, 'sessions.db')}`,
    BTP_TODAY: '2025-06-30',
  };
  const started = await Promise.allSettled([startServeProcess(env), startServeProcess(env)]);
  // One that failed to start must not leave the other running after the tests.
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.stop() : undefined)));
    throw failed.reason;
  }
  [first, second] = started.map((outcome) => (outcome as PromiseFulfilledResult<ServeProcess>).value) as [ServeProcess, ServeProcess];
}, 300_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('two instances on one database', () => {
  it('share sessions, and hold one run at a time per session across instances', async () => {
    expect((await call(`${first.url}/apps/${APP}/users/ivan/sessions/shared`, { key: KEY, body: {} })).status).toBe(200);
    expect((await call(`${second.url}/apps/${APP}/users/ivan/sessions/shared`, { key: KEY })).status).toBe(200);

    const running = call(`${first.url}/run`, { key: KEY, body: runBody('ivan', 'shared', HEAVY) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const busy = await call(`${second.url}/run`, { key: KEY, body: runBody('ivan', 'shared', 'Backtest SMA 20/50 on ETH for 2022') });
    expect(busy.status, busy.text).toBe(409);
    expect(busy.json().error.code).toBe('session_busy');
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await running).status).toBe(200);

    const after = await call(`${second.url}/run`, { key: KEY, body: runBody('ivan', 'shared', 'Backtest SMA 20/50 on ETH for 2022') });
    expect(after.status, after.text).toBe(200);
  });
});

describe('SIGTERM', () => {
  it('finishes the run in flight, refuses new work, closes the store and exits 0 within the drain', async () => {
    expect((await call(`${second.url}/apps/${APP}/users/ivan/sessions/drain`, { key: KEY, body: {} })).status).toBe(200);
    const running = call(`${second.url}/run`, { key: KEY, body: runBody('ivan', 'drain', 'Backtest SMA 20/50 on BTC for 2022') });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    second.child.kill('SIGTERM');
    const answer = await running;
    expect(answer.status, answer.text).toBe(200);
    expect(await second.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(12_000);
    expect(second.output()).toContain('"event":"server.draining"');
    expect(second.output()).toContain('"event":"server.stopped","runs_abandoned":0');
    await expect(fetch(`${second.url}/healthz`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    // The other instance still serves the session the stopped one ran.
    expect((await call(`${first.url}/apps/${APP}/users/ivan/sessions/drain`, { key: KEY })).status).toBe(200);
  });
});
